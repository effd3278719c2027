"""The appropriate adult (Code C 1.7, 3.15, 3.17, 11.15, 11.18, 16.1): asked for, arrived,
suitable, present when the record says so, at interviews and at charge."""

from __future__ import annotations

from .assessment import Finding
from .facts import Facts
from .findings_base import finding
from .timecalc import after, show, show_duration

SENIOR = ("superintendent", "higher")
LA_RELATIONSHIPS = ("local_authority", "social_worker")
LAY_RELATIONSHIPS = ("volunteer", "other_adult")
AA_PRESENT_TYPES = ("rights_given", "interview_started", "strip_search")


def _empty(value: object) -> bool:
    return value is None or not str(value).strip()


def appropriate_adult(f: Facts) -> list[Finding]:
    return [*_arrival(f), *_la_asked_first(f), *_suitability(f), *_rights(f), *_interviews(f),
            *_contradicted(f), *_charged_without(f)]


def _arrival(f: Facts) -> list[Finding]:
    p = f.policy
    request, arrival = f.first("aa_requested"), f.first("aa_arrived")
    if request is None:
        return []
    deadline = after(request.at, minutes=p.aa_arrival_within_minutes)
    if not f.missed(deadline) or (arrival is not None and arrival.at <= deadline):
        return []
    if arrival is not None:
        msg = f"Appropriate adult arrived {show_duration(arrival.at - request.at)} after being requested."
    else:
        msg = (f"No appropriate adult had arrived {show_duration(f.end - request.at)} after being "
               f"requested ({show(request.at)}).")
    out = [finding("AA_DELAYED", deadline, msg, {"aa_arrival_within_minutes": p.aa_arrival_within_minutes})]
    if arrival is not None:
        interview = next((i for i in f.all("interview_started") if i.at >= arrival.at), None)
        if interview is not None and interview.at <= after(arrival.at, minutes=p.aa_interview_minutes):
            out.append(finding(
                "AA_TIMED_TO_INTERVIEW", interview.at,
                f"The appropriate adult arrived {show_duration(arrival.at - request.at)} after being "
                f"requested, and the interview began {show_duration(interview.at - arrival.at)} after "
                "they arrived: attendance timed to the interview, not to the child's needs.",
                {"aa_arrival_within_minutes": p.aa_arrival_within_minutes,
                 "aa_interview_minutes": p.aa_interview_minutes}, interview))
    return out


def _la_asked_first(f: Facts) -> list[Finding]:
    if not f.v11 or not f.record.child.looked_after:
        return []
    lay = next((r for r in f.all("aa_requested") if r["relationship"] in LAY_RELATIONSHIPS), None)
    if lay is None:
        return []
    asked = f.all("aa_requested") + f.all("aa_contact_failed")
    if any(a.get("relationship") in LA_RELATIONSHIPS and f.before(a, lay) for a in asked):
        return []
    return [finding("AA_LA_NOT_ASKED_FIRST", lay.at,
                    f"A looked-after child: {lay['name']} ({str(lay['relationship']).replace('_', ' ')}) was asked "
                    "to act as appropriate adult before the local authority or a social worker was asked.",
                    event=lay)]


def _suitability(f: Facts) -> list[Finding]:
    if not f.v11:
        return []
    out = []
    seen: set[str] = set()
    for arrival in f.all("aa_arrived"):
        name = str(arrival["name"]).strip()
        if name in seen:
            continue
        seen.add(name)
        if not arrival["exclusions_checked"]:
            out.append(finding("AA_SUITABILITY_NOT_RECORDED", arrival.at,
                               f"{name} arrived as appropriate adult with no record that the custody officer "
                               "checked none of the exclusions applies (Code C 1.7, Note 1B).", event=arrival))
    return out


def _rights(f: Facts) -> list[Finding]:
    arrival = f.first("aa_arrived")
    if arrival is None:
        return []
    minutes = f.policy.rights_with_aa_minutes
    deadline = after(arrival.at, minutes=minutes)
    done = next((r for r in f.all("rights_given") if f.with_aa(r)), None)
    if not f.missed(deadline) or (done is not None and done.at <= deadline):
        return []
    msg = (f"Rights were given with the appropriate adult present {show_duration(done.at - arrival.at)} after "
           f"the appropriate adult arrived (allowed: {minutes} min)." if done is not None else
           f"Rights not given with the appropriate adult present in the {minutes} min after the appropriate "
           f"adult arrived ({show(arrival.at)}).")
    return [finding("RIGHTS_NOT_GIVEN_WITH_AA", deadline, msg, {"rights_with_aa_minutes": minutes})]


def _interviews(f: Facts) -> list[Finding]:
    out = []
    for interview in f.all("interview_started"):
        if f.with_aa(interview):
            continue
        if _empty(interview.get("urgent_authorised_by")):
            out.append(finding("INTERVIEW_WITHOUT_AA", interview.at,
                               f"Interview started {show(interview.at)} without an appropriate adult and "
                               "with no urgent interview authorised.", event=interview))
        elif f.v11:
            problems = []
            if interview.get("urgent_rank") not in SENIOR:
                rank = interview.get("urgent_rank")
                problems.append(f"authorised by {'a ' + str(rank) if rank else 'an officer of unrecorded rank'}, "
                                "not a superintendent or above")
            if _empty(interview.get("urgent_grounds")):
                problems.append("no grounds recorded")
            if problems:
                out.append(finding("URGENT_INTERVIEW_INVALID", interview.at,
                                   f"Urgent interview without the appropriate adult {show(interview.at)}: "
                                   f"{'; '.join(problems)} (Code C 11.1, 11.18).", event=interview))
    return out


def _contradicted(f: Facts) -> list[Finding]:
    out = []
    words = {"rights_given": "Rights given", "interview_started": "Interview started", "strip_search": "Strip search"}
    for ev in f.events:
        if ev.known and ev.type in AA_PRESENT_TYPES and ev["aa_present"] and not f.aa_present_before(ev):
            out.append(finding("AA_PRESENCE_CONTRADICTED", ev.at,
                               f"{words[ev.type]} {show(ev.at)} is recorded with the appropriate adult present, but "
                               "the record shows no appropriate adult at the station then; it counts as made "
                               "without one.", event=ev))
    return out


def _charged_without(f: Facts) -> list[Finding]:
    return [finding("CHARGED_WITHOUT_AA", c.at, f"Charged {show(c.at)} with no appropriate adult present.", event=c)
            for c in f.all("charged") if not f.aa_present_before(c)]
