"""Words for every kind of event the review page lists: the review history's actions
(``review_events.action``) and the hearing's audit events (``app.domain.audit.Action`` and the
device's few others). One table, literal msgids for the catalogue; a test checks that every
kind recorded anywhere has its words here."""

from __future__ import annotations


def event_labels(_) -> dict[str, str]:
    return {
        # review history (review_events.action)
        "review_started": _("review started"),
        "comment_added": _("comment added"),
        "approved": _("approved"),
        "returned": _("returned for revision"),
        "downloaded": _("downloaded"),
        "rated": _("quality rated"),
        "rating_changed": _("quality rating changed"),
        "sign_in": _("signed in"),
        "sign_out": _("signed out"),
        "sign_in_failed": _("sign-in failed"),
        "sign_in_throttled": _("sign-in refused (too many attempts)"),
        # the hearing's audit trail (app.domain.audit.Action and the device's own)
        "profile.passphrase_changed": _("passphrase changed"),
        "profile.recovered": _("profile recovered"),
        "case.created": _("case created"),
        "case.assigned": _("case assigned"),
        "hearing.created": _("hearing created"),
        "entry.added": _("entry added"),
        "entry.written": _("entry written"),
        "entry.revised": _("entry reopened for revision"),
        "break.started": _("break started"),
        "break.ended": _("break ended"),
        "notice.recorded": _("notice recorded"),
        "readback.started": _("read-back started"),
        "readback.section": _("section read back"),
        "correction.recorded": _("correction recorded"),
        "hearing.resumed": _("hearing resumed"),
        "hearing.sealed": _("transcript sealed"),
        "addendum.added": _("addendum added"),
        "hearing.exported": _("transcript exported"),
        "hearing.returned": _("returned for revision"),
    }
