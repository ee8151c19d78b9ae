"""Undo commands for the SOR-forslag tab: each is a service call and its reverse with a
Danish name for the Rediger menu. Typing in one field merges into one step while the
pauses stay short (as in the Dagsorden tab), and a name picked from the reference list
joins the typing that searched for it: one Ctrl+Z takes both back."""

from __future__ import annotations

from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import SorStatus
from kkrdesk.ui.labels import label
from kkrdesk.services.links import sor as sor_links
from kkrdesk.services.sor import codes as sor_codes
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import responses as sor_responses
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.ui.undo import ServiceCommand, TypingCommand, creation, deletion
from kkrdesk.views.sor import ProposalView, ResponseView, RoundView, SorCodeView

FIELD_NAMES = {
    "title": "titel", "kind": "type", "concept_code": "nuværende kode",
    "current_name": "nuværende navn", "proposed_name": "foreslået navn",
    "definition": "definition", "rationale": "begrundelse", "open_questions": "åbne spørgsmål",
    "related_codes": "relaterede koder", "notes": "noter",
}


def short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def create_proposal(store, title: str, kind, on=None) -> ServiceCommand:
    return creation(translate("commands", "Nyt forslag »{title}«").format(title=short(title)),
                    lambda: sor.create_proposal(store, title=title, kind=kind, on=on),
                    lambda pid: sor.delete_proposal(store, pid),
                    lambda snap: sor.restore_proposal(store, snap))


def create_proposals(store, rows: list[dict], on) -> ServiceCommand:
    """Pasted proposals, all in one step."""
    return creation(translate("commands", "Indsæt {n} forslag").format(n=len(rows)),
                    lambda: sor.create_proposals(store, rows, on),
                    lambda ids: sor.delete_proposals(store, ids),
                    lambda snap: sor.restore_proposal(store, snap))


def delete_proposal(store, p: ProposalView) -> ServiceCommand:
    return deletion(translate("commands", "Slet forslag »{title}«").format(title=short(p.title)),
                    lambda: sor.delete_proposal(store, p.id),
                    lambda snap: sor.restore_proposal(store, snap))


class FieldCommand(TypingCommand):
    """Fields of one proposal set in one step. Typed fields merge with the next edit
    of the same field (the autosave bursts of one text); the type never merges."""

    def __init__(self, store, p: ProposalView, values: dict, text: str, field: str | None):
        self.values = dict(values)
        key = ("sor", p.id, field) if field is not None else None
        super().__init__(text, lambda: sor.update_proposal(store, p.id, **self.values),
                         lambda old: sor.update_proposal(store, p.id, **old), key)

    def absorb(self, other: FieldCommand) -> None:
        self.values.update(other.values)
        for name, old in (other.result or {}).items():  # a field this step did not change yet
            self.result.setdefault(name, old)
        if set(other.values) != {self.key[2]}:  # a pick: the step is named for it
            self.setText(other.text())


def edit_field(store, p: ProposalView, field: str, value) -> ServiceCommand:
    if field == "kind":
        return FieldCommand(store, p, {field: value},
                            translate("commands", "Ret type på »{title}« til {value}").format(title=short(p.title, 30), value=label(value).lower()), None)
    return FieldCommand(store, p, {field: value},
                        translate("commands", "Ret {field} på »{title}«").format(field=FIELD_NAMES.get(field, field), title=short(p.title, 30)), field)


def pick_code(store, p: ProposalView, code: SorCodeView) -> ServiceCommand:
    """Name and code from the reference list; joins the typing of the name before it."""
    return FieldCommand(store, p, {"current_name": code.name, "concept_code": code.code},
                        translate("commands", "Vælg {name} ({code}) på »{title}«").format(name=code.name, code=code.code, title=short(p.title, 30)), "current_name")


def _step(store, p: ProposalView, text: str, first) -> ServiceCommand:
    state: dict = {}

    def do():
        if "row" in state:
            sor.restore_step(store, p.id, *state["row"])
            return state["row"][0]
        return first()

    def undo(step_id):
        view = sor.get_proposal(store, p.id)
        h = next(h for h in view.history if h.id == step_id)
        state["row"] = (h.id, h.status, h.changed_on, h.note, h.corrects_id)
        sor.remove_step(store, step_id)

    return ServiceCommand(text, do, undo)


def add_step(store, p: ProposalView, status: SorStatus, on, note: str) -> ServiceCommand:
    return _step(store, p, translate("commands", "Status »{status}« for »{title}«").format(status=label(status), title=short(p.title, 30)),
                 lambda: sor.add_step(store, p.id, status, on, note))


def correct_step(store, p: ProposalView, step_id: int, status: SorStatus, on, note: str) -> ServiceCommand:
    return _step(store, p, translate("commands", "Ret seneste statustrin for »{title}« til »{status}«").format(title=short(p.title, 30), status=label(status)),
                 lambda: sor.correct_step(store, p.id, step_id, status, on, note))


# -- rounds and responses ------------------------------------------------------------

def create_round(store, values: dict, today=None) -> ServiceCommand:
    """A new round; if it is sent, its proposals move on in the same step."""
    return creation(translate("commands", "Ny høringsrunde »{title}«").format(title=short(values['title'])),
                    lambda: sor_rounds.create_round(store, **values, today=today),
                    lambda made: sor_rounds.remove_round(store, made),
                    lambda snap: sor_rounds.restore_round(store, snap))


def edit_round(store, r: RoundView, values: dict, today=None,
               text: str | None = None) -> ServiceCommand:
    """Change a round; marking it sent or answered moves its proposals on, and undo takes
    the values and those steps back together (redo puts the same steps back)."""
    state: dict = {}

    def do():
        if "steps" in state:
            return sor_rounds.redo_update(store, state.pop("change"), values, state.pop("steps"))
        return sor_rounds.update_round(store, r.id, today=today, **values)

    def undo(change):
        state["change"], state["steps"] = change, sor_rounds.undo_update(store, change)

    return ServiceCommand(text or translate("commands", "Ret høringsrunde »{title}«").format(title=short(r.title)), do, undo)


def delete_round(store, r: RoundView) -> ServiceCommand:
    return deletion(translate("commands", "Slet høringsrunde »{title}«").format(title=short(r.title)),
                    lambda: sor_rounds.delete_round(store, r.id),
                    lambda snap: sor_rounds.restore_round(store, snap))


def add_responses(store, r: RoundView, values: dict, today=None) -> ServiceCommand:
    """Responses from one or more organisations; answering the round with them moves
    its proposals on to »Input modtaget« in the same step."""
    who = values["respondents"]
    text = translate("commands", "Høringssvar fra {who}").format(who=short(' og '.join(who), 30))
    return creation(text, lambda: sor_responses.add_responses(store, r.id, **values, today=today),
                    lambda made: sor_responses.take_back_responses(store, made),
                    lambda snap: sor_responses.restore_responses(store, snap))


def edit_response(store, x: ResponseView, values: dict) -> ServiceCommand:
    return ServiceCommand(translate("commands", "Ret høringssvar fra {respondent}").format(respondent=short(x.respondent, 30)),
                          lambda: sor_responses.update_response(store, x.id, **values),
                          lambda old: sor_responses.update_response(store, x.id, **old))


def delete_response(store, x: ResponseView) -> ServiceCommand:
    return deletion(translate("commands", "Slet høringssvar fra {respondent}").format(respondent=short(x.respondent, 30)),
                    lambda: sor_responses.delete_response(store, x.id),
                    lambda snap: sor_responses.restore_response(store, snap))


# -- agenda links and codes ----------------------------------------------------------

def link_item(store, proposal_id: int, item_id: int, title: str) -> ServiceCommand:
    return ServiceCommand(translate("commands", "Knyt »{title}« til dagsordenspunkt").format(title=short(title, 30)),
                          lambda: sor_links.link_item(store, proposal_id, item_id),
                          lambda made: made and sor_links.unlink_item(store, proposal_id, item_id))


def unlink_item(store, proposal_id: int, item_id: int, title: str) -> ServiceCommand:
    return ServiceCommand(translate("commands", "Fjern »{title}« fra dagsordenspunkt").format(title=short(title, 30)),
                          lambda: sor_links.unlink_item(store, proposal_id, item_id),
                          lambda gone: gone and sor_links.link_item(store, proposal_id, item_id))


def add_status_lines(store, item_id: int, proposal_ids: list[int] | None = None) -> ServiceCommand:
    from kkrdesk.services.agenda import items as agenda

    return ServiceCommand("Indsæt SOR-statuslinje på dagsordenspunkt",
                          lambda: sor_links.add_status_lines(store, item_id, proposal_ids),
                          lambda old: agenda.set_sub_points(store, item_id, old))


def add_code(store, code: str, name: str, kind) -> ServiceCommand:
    state: dict = {}

    def do():
        return sor_codes.add_code(store, code, name, kind)

    def undo(code_id):
        state["old"] = sor_codes.delete_code(store, code_id)

    return ServiceCommand(translate("commands", "Tilføj kode {code} ({name})").format(code=code, name=short(name, 30)), do, undo)
