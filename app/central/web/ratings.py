"""Quality ratings (issue 12.7): a transcript version's rating form, and the summaries per
office and per interviewer with their chart and CSV export.

Routes (under /web):
  GET  /transcripts/{id}/rating    the form, the current ratings and their history
  POST /transcripts/{id}/rating    save; every change goes to the review audit trail
  GET  /ratings                    summary (by=office|interviewer, office, date_from, date_to)
  GET  /ratings.csv                the same summary as CSV
Every route loads through ``repository.review`` / ``repository.ratings``, so another office's
transcript or summary reads as "not found"."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from app.central.models import RATING_AREAS, RATING_VALUES
from app.central.repository import ratings, review
from app.central.web.csv_cells import csv_text
from app.central.web.pages import Pages, shown_time
from app.central.web.security import WEB_PREFIX
from app.domain.clock import utcnow

# Colours of the chart's bars (contrast >= 3:1 against white and each other's edges) and
# the order they stack in; not-applicable ratings are left out of the shares.
BAR_COLOURS = {"correct": "#1b6e3a", "minor": "#b35c00", "significant": "#a3161b"}
CHART_BAR_WIDTH = 400


@dataclass
class FormProblem:
    field_id: str  # the id of the input the message is about (the summary links to it)
    area: str
    kind: str  # value_missing | value_unknown | reason_missing | reason_too_long


def read_form(form) -> tuple[dict[str, ratings.AreaRating], dict[str, str], list[FormProblem]]:
    """(ratings, what was entered, problems). Every area needs a value; a minor or
    significant error needs a short reason. Nothing is saved unless all areas are right."""
    entered: dict[str, str] = {}
    result: dict[str, ratings.AreaRating] = {}
    problems: list[FormProblem] = []
    for area in RATING_AREAS:
        value = str(form.get(f"{area}-value") or "")
        reason = str(form.get(f"{area}-reason") or "").strip()
        entered[f"{area}-value"], entered[f"{area}-reason"] = value, reason
        if not value:
            problems.append(FormProblem(f"{area}-{RATING_VALUES[0]}", area, "value_missing"))
        elif value not in RATING_VALUES:
            problems.append(FormProblem(f"{area}-{RATING_VALUES[0]}", area, "value_unknown"))
        elif value in ratings.NEEDS_REASON and not reason:
            problems.append(FormProblem(f"{area}-reason", area, "reason_missing"))
        elif len(reason) > ratings.REASON_MAX:
            problems.append(FormProblem(f"{area}-reason", area, "reason_too_long"))
        else:
            result[area] = ratings.AreaRating(value, reason)
    return result, entered, problems


def add_routes(router: APIRouter, pages: Pages) -> None:
    sessions = pages.ctx.sessions

    def _form_page(request, session, viewer, transcript, entered, problems, status, saved):
        current = ratings.current_ratings(session, transcript.id)
        if entered is None:
            entered = {}
            for area, row in current.items():
                entered[f"{area}-value"], entered[f"{area}-reason"] = row.value, row.reason
        return pages.render(
            request,
            "rating.html",
            viewer,
            status=status,
            transcript=transcript,
            areas=RATING_AREAS,
            values=RATING_VALUES,
            entered=entered,
            problems=problems,
            problem_of={p.area: p for p in problems},
            history=ratings.rating_history(session, transcript.id),
            saved=saved,
            reason_max=ratings.REASON_MAX,
        )

    @router.get("/transcripts/{transcript_id}/rating")
    def rating_form(request: Request, transcript_id: int, saved: str = "") -> Response:
        # After saving: how many areas changed (-1: none). Text, so that a mangled value
        # shows the form rather than a framework refusal.
        shown = int(saved) if saved.lstrip("-").isdigit() and len(saved) < 4 else 0
        with sessions.begin() as session:
            viewer = pages.signed_in(request, session)
            transcript = review.transcript_for(session, viewer.user, transcript_id)
            if transcript is None:
                return pages.error_page(request, 404)
            return _form_page(request, session, viewer, transcript, None, [], 200, shown)

    @router.post("/transcripts/{transcript_id}/rating")
    async def save_rating(request: Request, transcript_id: int) -> Response:
        form = await request.form()  # already read (and cached) by the CSRF guard
        return await run_in_threadpool(_save, request, transcript_id, form)

    def _save(request: Request, transcript_id: int, form) -> Response:
        with sessions.begin() as session:
            viewer = pages.signed_in(request, session)
            transcript = review.transcript_for(session, viewer.user, transcript_id)
            if transcript is None:
                return pages.error_page(request, 404)
            given, entered, problems = read_form(form)
            if problems:
                return _form_page(request, session, viewer, transcript, entered, problems, 400, 0)
            changed = ratings.save_ratings(session, viewer.user, transcript, given, utcnow())
        target = f"{WEB_PREFIX}/transcripts/{transcript_id}/rating?saved={len(changed) or -1}"
        return RedirectResponse(target, status_code=303)

    # --- summaries --------------------------------------------------------------------------

    @router.get("/ratings")
    def rating_summary(
        request: Request,
        by: str = "office",
        office: str = "",
        date_from: str = "",
        date_to: str = "",
    ) -> Response:
        filters = dict(by=by, office=office, date_from=date_from, date_to=date_to)
        with sessions.begin() as session:
            viewer = pages.signed_in(request, session)
            offices = review.offices_of(session, viewer.user)
            problem = None
            try:
                query = ratings.SummaryQuery(by, office, date_from, date_to)
                result = ratings.summary(session, viewer.user, query)
            except ratings.NotYourOffice:
                return pages.error_page(request, 404)
            except ratings.BadPeriod as exc:
                result, problem = ratings.Summary([], {}, ratings.Counts()), exc.field_name
            return pages.render(
                request,
                "rating_summary.html",
                viewer,
                status=400 if problem else 200,
                summary=result,
                offices=offices,
                filters=filters,
                problem=problem,
                areas=RATING_AREAS,
                values=RATING_VALUES,
                groupings=ratings.GROUPINGS,
                chart=chart_bars(result),
                colours=BAR_COLOURS,
                csv_query=request.url.query,
            )

    @router.get("/ratings.csv")
    def rating_summary_csv(
        request: Request,
        by: str = "office",
        office: str = "",
        date_from: str = "",
        date_to: str = "",
    ) -> Response:
        _ = pages.gettext(request)
        with sessions.begin() as session:
            viewer = pages.signed_in(request, session)
            try:
                query = ratings.SummaryQuery(by, office, date_from, date_to)
                result = ratings.summary(session, viewer.user, query)
            except ratings.NotYourOffice:
                return pages.error_page(request, 404)
            except ratings.BadPeriod:
                return pages.error_page(request, 400)
        names = area_names(_)
        head = _("Interviewer") if by == "interviewer" else _("Office")
        rows: list[list[object]] = [
            [
                head,
                _("Office"),
                _("Area"),
                _("Rated versions"),
                _("Correct"),
                _("Minor error"),
                _("Significant error"),
                _("Not applicable"),
            ]
        ]
        for group in result.groups:
            for area, counts in [("", group.total), *group.areas.items()]:
                rows.append(
                    [
                        group.label,
                        group.office,
                        names[area] if area else _("All areas"),
                        counts.versions,
                        *(counts.values[v] for v in RATING_VALUES),
                    ]
                )
        period = f"{date_from or 'start'}_{date_to or 'today'}"
        return _csv_download(rows, f"ratings-by-{query.by}-{period}.csv")

    @router.get("/ratings/details.csv")
    def rating_details_csv(
        request: Request, office: str = "", date_from: str = "", date_to: str = ""
    ) -> Response:
        """Every rating behind the summary with its reason: what to follow up."""
        _ = pages.gettext(request)
        with sessions.begin() as session:
            viewer = pages.signed_in(request, session)
            try:
                query = ratings.SummaryQuery("office", office, date_from, date_to)
                found = ratings.rating_rows(session, viewer.user, query)
            except ratings.NotYourOffice:
                return pages.error_page(request, 404)
            except ratings.BadPeriod:
                return pages.error_page(request, 400)
        areas, values = area_names(_), value_names(_)
        rows: list[list[object]] = [
            [
                _("Office"),
                _("Interviewer"),
                _("Reference"),
                _("Version"),
                _("Hearing date"),
                _("Area"),
                _("Rating"),
                _("Reason"),
                _("Rated by"),
                _("Rated at"),
            ]
        ]
        for r in found:
            rows.append(
                [
                    r.office,
                    r.interviewer,
                    r.reference,
                    r.seal_version,
                    r.hearing_date,
                    areas.get(r.area, r.area),
                    values.get(r.value, r.value),
                    r.reason,
                    r.rated_by,
                    shown_time(r.rated_at),
                ]
            )
        period = f"{date_from or 'start'}_{date_to or 'today'}"
        return _csv_download(rows, f"ratings-details-{period}.csv")


def _csv_download(rows: list[list[object]], filename: str) -> Response:
    return Response(
        csv_text(rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def value_names(_) -> dict[str, str]:
    return {
        "correct": _("Correct"),
        "minor": _("Minor error"),
        "significant": _("Significant error"),
        "not_applicable": _("Not applicable"),
    }


def area_names(_) -> dict[str, str]:
    """The areas' names for the CSV (the templates have their own, in rating_labels.html)."""
    return {
        "preparation": _("Preparation"),
        "opening": _("Opening"),
        "conducting": _("Conducting the interview"),
        "substance": _("Substance: material facts"),
        "credibility": _("Credibility: contradictions put to the applicant"),
        "closing": _("Closing"),
        "record": _("Record"),
    }


@dataclass(frozen=True)
class Bar:
    value: str
    x: float
    width: float
    count: int


def chart_bars(result: ratings.Summary) -> list[tuple[ratings.SummaryGroup, list[Bar]]]:
    """Per group, the stacked segments of its bar: shares of correct / minor / significant
    among the applicable ratings, in pixels of CHART_BAR_WIDTH."""
    chart = []
    for group in result.groups:
        x, bars = 0.0, []
        for value in BAR_COLOURS:
            width = round(group.total.share(value) * CHART_BAR_WIDTH, 1)
            bars.append(Bar(value, x, width, group.total.values[value]))
            x += width
        chart.append((group, bars))
    return chart
