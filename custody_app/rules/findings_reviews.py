"""How each review was done (PACE s40, Code C 15), and the referral after leaving."""

from __future__ import annotations

from .assessment import Finding
from .facts import Facts
from .findings_base import finding
from .timecalc import after, show


def review_quality(f: Facts) -> list[Finding]:
    out: list[Finding] = []
    left = f.leaving
    informed = f.all("child_informed_of_review")
    for review in f.all("review"):
        n = f"Review at {show(review.at)}"
        if review["rank"] == "sergeant" and f.is_pre_charge(review):
            out.append(finding("REVIEW_WRONG_RANK", review.at,
                               f"{n}: a pre-charge review must be by an inspector or above not involved "
                               "in the case; it was done by a sergeant.", event=review))
        if f.v11 and f.is_pre_charge(review) and not review["reviewer_not_involved"]:
            out.append(finding("REVIEWER_INDEPENDENCE_NOT_RECORDED", review.at,
                               f"{n}: the reviewer did not record that they were not directly involved in "
                               "the investigation (PACE s40(1)(b)).", event=review))
        if f.v11 and review["mode"] in ("video", "telephone") and not str(review.get("remote_reason") or "").strip():
            out.append(finding("REMOTE_REVIEW_NO_REASON", review.at,
                               f"{n} by {review['mode']} with no reason recorded for not reviewing in person.",
                               event=review))
        reps = review["representations"]
        missing = []
        if not review["child_asleep"] and reps.get("child") is None:
            missing.append("the child (awake)")
        if f.aa_present_before(review) and reps.get("appropriate_adult") is None:
            missing.append("the appropriate adult (present)")
        if missing:
            out.append(finding("REVIEW_NO_REPRESENTATIONS", review.at,
                               f"{n}: no chance to make representations given to {' or '.join(missing)}.",
                               event=review))
        not_considered = [w for w, k in (("bail", "bail_considered"), ("welfare", "welfare_considered"))
                          if not review[k]]
        if not_considered:
            out.append(finding("REVIEW_NOT_CHILD_CENTRED", review.at,
                               f"{n}: {' and '.join(not_considered)} not considered.", event=review))
        if review["child_asleep"] and left is not None:
            if not any(f.before(review, i) for i in informed):
                out.append(finding("REVIEW_CHILD_NOT_INFORMED", left.at,
                                   f"{n} was held while the child was asleep; the child was never told "
                                   "the outcome before leaving.", event=review))
    return out


def uninformed_asleep_reviews(f: Facts) -> int:
    informed = f.all("child_informed_of_review")
    return sum(1 for r in f.all("review")
               if r["child_asleep"] and not any(f.before(r, i) for i in informed))


def safeguarding(f: Facts) -> list[Finding]:
    """Raised at the leaving time: no referral by [24 h] after the child left."""
    left = f.leaving
    if left is None:
        return []
    hours = f.policy.safeguarding_referral_hours
    deadline = after(left.at, hours=hours)
    referred = [r for r in f.all("safeguarding_referral") if r.at <= deadline]
    if referred:
        return []
    if not f.whole_record and not f.now > deadline:
        return []  # still due, not yet missed
    late = f.first("safeguarding_referral")
    msg = (f"The referral to children's social care was made {show(late.at)}, more than {hours} h after the "
           f"child left ({show(left.at)})." if late is not None else
           f"No referral to children's social care after the child left ({show(left.at)}).")
    return [finding("SAFEGUARDING_REFERRAL_MISSING", left.at, msg, {"safeguarding_referral_hours": hours})]
