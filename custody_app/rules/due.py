"""What is due next on a live record (RULES.md section 5, `due`)."""

from __future__ import annotations

from datetime import UTC, datetime

from .assessment import DueItem
from .facts import Facts
from .findings_care import HEALTH_FLAGS
from .findings_reviews import uninformed_asleep_reviews
from .timecalc import after


def _item(f: Facts, code: str, due: datetime | None, label: str) -> DueItem:
    return DueItem(code, due, due is not None and due < f.now, label)


def care_due(f: Facts, next_review: datetime | None, next_visit: datetime | None,
             next_food: datetime | None, limit: datetime | None) -> list[DueItem]:
    """Items due before the child leaves; none once the child has left."""
    if f.left_at is not None:
        return []
    p = f.policy
    out: list[DueItem] = []
    if next_review is not None:
        out.append(_item(f, "REVIEW", next_review, "Review of detention"))
    if next_visit is not None:
        out.append(_item(f, "OBSERVATION", next_visit, "Visit the child"))
    if next_food is not None:
        out.append(_item(f, "FOOD_DRINK", next_food, "Offer food or drink"))
    auth = f.authorised
    if auth is not None:
        if f.first("welfare_person_informed") is None:
            out.append(_item(f, "WELFARE_NOTICE", after(auth.at, minutes=p.welfare_notice_minutes),
                             "Tell the person responsible for the child's welfare"))
        if f.record.child.looked_after and f.first("local_authority_informed") is None:
            out.append(_item(f, "LA_NOTICE", after(auth.at, minutes=p.la_notice_minutes),
                             "Tell the local authority (looked-after child)"))
        child = f.record.child
        if f.v11 and str(child.responsible_officer or "").strip() and f.first("responsible_officer_informed") is None:
            out.append(_item(f, "RESPONSIBLE_OFFICER_NOTICE",
                             after(auth.at, minutes=p.responsible_officer_notice_minutes),
                             "Tell the responsible officer under the court order"))
        if f.v11 and child.sex == "female" and f.first("woman_responsible_named") is None:
            out.append(_item(f, "WOMAN_RESPONSIBLE", after(auth.at, minutes=p.woman_responsible_minutes),
                             "Name the woman responsible for the girl's care"))
        if f.first("aa_requested") is None:
            out.append(_item(f, "AA_REQUEST", after(auth.at, minutes=p.aa_request_minutes),
                             "Ask an appropriate adult to attend"))
    request, arrival = f.first("aa_requested"), f.first("aa_arrived")
    if request is not None and arrival is None:
        out.append(_item(f, "AA_ARRIVAL", after(request.at, minutes=p.aa_arrival_within_minutes),
                         "Appropriate adult to arrive"))
    if arrival is not None and not any(f.with_aa(r) for r in f.all("rights_given")):
        out.append(_item(f, "RIGHTS_WITH_AA", after(arrival.at, minutes=p.rights_with_aa_minutes),
                         "Give rights again with the appropriate adult present"))
    if f.first("healthcare_requested") is None:
        anchors = []
        if f.arrest.get("force_used") and auth is not None:
            anchors.append(auth.at)
        flagged = next((r for r in f.all("risk_assessment") if HEALTH_FLAGS.intersection(r["flags"])), None)
        if flagged is not None:
            anchors.append(flagged.at)
        if anchors:
            out.append(_item(f, "HEALTHCARE", after(min(anchors), minutes=p.healthcare_request_minutes),
                             "Ask for a healthcare professional to see the child"))
    if uninformed_asleep_reviews(f):
        out.append(_item(f, "INFORM_ON_WAKING", None, "Tell the child the outcome of the review on waking"))
    if limit is not None:
        out.append(_item(f, "DETENTION_LIMIT", limit, "Pre-charge detention limit"))
    return out


def leaving_due(f: Facts) -> list[DueItem]:
    if f.all("safeguarding_referral"):
        return []
    left = f.left_at
    if left is None:
        return [_item(f, "SAFEGUARDING_REFERRAL", None, "Refer to children's social care")]
    return [_item(f, "SAFEGUARDING_REFERRAL", after(left, hours=f.policy.safeguarding_referral_hours),
                  "Refer to children's social care")]


DUE_CODES = (
    "REVIEW", "OBSERVATION", "FOOD_DRINK", "WELFARE_NOTICE", "LA_NOTICE", "AA_REQUEST", "AA_ARRIVAL",
    "RIGHTS_WITH_AA", "HEALTHCARE", "INFORM_ON_WAKING", "DETENTION_LIMIT", "LA_REQUEST", "ESCALATION",
    "CERTIFICATE", "SAFEGUARDING_REFERRAL", "BAIL_DECISION", "RESPONSIBLE_OFFICER_NOTICE", "WOMAN_RESPONSIBLE",
    "TRANSFER", "COURT", "CERTIFICATE_SUPERVISION",
)
_ROW = {code: i for i, code in enumerate(DUE_CODES)}


def ordered(items: list[DueItem]) -> tuple[DueItem, ...]:
    """By `due` (items with no fixed time last), then by the order of the codes (RULES.md 5)."""
    far = datetime.max.replace(tzinfo=UTC)
    return tuple(sorted(items, key=lambda d: (d.due is None, d.due or far, _ROW[d.code])))
