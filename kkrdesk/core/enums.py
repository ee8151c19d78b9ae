"""Enumerations of the domain. Values are stable English identifiers stored in the
database; Danish labels for display live in ``LABELS`` (English in ``LABELS_EN``)."""

from __future__ import annotations

from enum import StrEnum


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    AGENDA_SENT = "agenda_sent"
    HELD = "held"
    MINUTES_SENT = "minutes_sent"
    MINUTES_APPROVED = "minutes_approved"
    CANCELLED = "cancelled"


class ItemKind(StrEnum):
    WELCOME = "welcome"
    ANNOUNCEMENT = "announcement"
    DISCUSSION = "discussion"
    DECISION = "decision"
    BREAK = "break"
    ANY_OTHER_BUSINESS = "any_other_business"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    SUBSTITUTE = "substitute"


class AttendanceMode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class OrgKind(StrEnum):
    MUNICIPALITY = "municipality"
    REGION = "region"
    NATIONAL = "national"
    INTEREST = "interest"
    VENDOR = "vendor"
    OTHER = "other"


class GroupKind(StrEnum):
    NETWORK = "network"
    STEERING_GROUP = "steering_group"
    PROJECT_GROUP = "project_group"
    WORKING_GROUP = "working_group"


class Role(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    SUBSTITUTE = "substitute"
    SECRETARIAT = "secretariat"
    OBSERVER = "observer"
    PRESENTER = "presenter"
    PROJECT_OWNER = "project_owner"
    SENIOR_USER = "senior_user"
    PROJECT_MANAGER = "project_manager"
    SENIOR_SUPPLIER = "senior_supplier"


class SorProposalKind(StrEnum):
    NEW_UNIT_TYPE = "new_unit_type"
    NEW_SPECIALTY = "new_specialty"
    RENAME = "rename"
    DEFINITION = "definition"
    QUESTION = "question"
    DISCONTINUE = "discontinue"


class SorStatus(StrEnum):
    DRAFT = "draft"
    IN_CONSULTATION = "in_consultation"
    INPUT_RECEIVED = "input_received"
    SENT_TO_SDS = "sent_to_sds"
    APPROVED = "approved"
    REJECTED = "rejected"
    RELEASED = "released"


class ResponsePosition(StrEnum):
    SUPPORTS = "supports"
    SUPPORTS_WITH_REMARKS = "supports_with_remarks"
    AGAINST = "against"
    NO_REMARKS = "no_remarks"


class SorCodeKind(StrEnum):
    UNIT_TYPE = "unit_type"
    SPECIALTY = "specialty"


class ProjectPhase(StrEnum):
    IDEA = "idea"
    ANALYSIS = "analysis"
    EXECUTION = "execution"
    REALISATION = "realisation"
    CLOSED = "closed"


class MilestoneStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    REACHED = "reached"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class Rag(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


# Pairs, not a dict: members of different enums with the same value compare equal
# (AttendanceStatus.SUBSTITUTE == Role.SUBSTITUTE == "substitute") and would collide.
_LABEL_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (MeetingStatus.PLANNED, "Planlagt"),
    (MeetingStatus.AGENDA_SENT, "Dagsorden udsendt"),
    (MeetingStatus.HELD, "Afholdt"),
    (MeetingStatus.MINUTES_SENT, "Referat udsendt"),
    (MeetingStatus.MINUTES_APPROVED, "Referat godkendt"),
    (MeetingStatus.CANCELLED, "Aflyst"),
    (ItemKind.WELCOME, "Velkomst"),
    (ItemKind.ANNOUNCEMENT, "Orientering"),
    (ItemKind.DISCUSSION, "Drøftelse"),
    (ItemKind.DECISION, "Beslutning"),
    (ItemKind.BREAK, "Pause"),
    (ItemKind.ANY_OTHER_BUSINESS, "Eventuelt"),
    (AttendanceStatus.PRESENT, "Deltog"),
    (AttendanceStatus.APOLOGIES, "Afbud"),
    (AttendanceStatus.ABSENT, "Fraværende"),
    (AttendanceStatus.SUBSTITUTE, "Stedfortræder"),
    (AttendanceMode.IN_PERSON, "Fysisk"),
    (AttendanceMode.ONLINE, "Online"),
    (ActionStatus.OPEN, "Åben"),
    (ActionStatus.IN_PROGRESS, "I gang"),
    (ActionStatus.DONE, "Lukket"),
    (ActionStatus.DROPPED, "Opgivet"),
    (OrgKind.MUNICIPALITY, "Kommune"),
    (OrgKind.REGION, "Region"),
    (OrgKind.NATIONAL, "National organisation"),
    (OrgKind.INTEREST, "Interesseorganisation"),
    (OrgKind.VENDOR, "Leverandør"),
    (OrgKind.OTHER, "Anden"),
    (GroupKind.NETWORK, "Netværk"),
    (GroupKind.STEERING_GROUP, "Styregruppe"),
    (GroupKind.PROJECT_GROUP, "Projektgruppe"),
    (GroupKind.WORKING_GROUP, "Arbejdsgruppe"),
    (Role.CHAIR, "Formand"),
    (Role.MEMBER, "Medlem"),
    (Role.SUBSTITUTE, "Suppleant"),
    (Role.SECRETARIAT, "Sekretariat"),
    (Role.OBSERVER, "Observatør"),
    (Role.PRESENTER, "Oplægsholder/gæst"),
    (Role.PROJECT_OWNER, "Projektejer"),
    (Role.SENIOR_USER, "Seniorbruger"),
    (Role.PROJECT_MANAGER, "Projektleder"),
    (Role.SENIOR_SUPPLIER, "Seniorleverandør"),
    (SorProposalKind.NEW_UNIT_TYPE, "Ny enhedstype"),
    (SorProposalKind.NEW_SPECIALTY, "Ny specialekode"),
    (SorProposalKind.RENAME, "Omdøbning"),
    (SorProposalKind.DEFINITION, "Præciseret definition"),
    (SorProposalKind.QUESTION, "Afklaring"),
    (SorProposalKind.DISCONTINUE, "Nedlæggelse"),
    (SorStatus.DRAFT, "Udkast"),
    (SorStatus.IN_CONSULTATION, "I høring"),
    (SorStatus.INPUT_RECEIVED, "Input modtaget"),
    (SorStatus.SENT_TO_SDS, "Sendt til SDS"),
    (SorStatus.APPROVED, "Godkendt"),
    (SorStatus.REJECTED, "Afvist"),
    (SorStatus.RELEASED, "Udmeldt i SNOMED-release"),
    (ResponsePosition.SUPPORTS, "Støtter"),
    (ResponsePosition.SUPPORTS_WITH_REMARKS, "Støtter med bemærkninger"),
    (ResponsePosition.AGAINST, "Imod"),
    (ResponsePosition.NO_REMARKS, "Ingen bemærkninger"),
    (SorCodeKind.UNIT_TYPE, "Enhedstype"),
    (SorCodeKind.SPECIALTY, "Speciale"),
    (ProjectPhase.IDEA, "Idé"),
    (ProjectPhase.ANALYSIS, "Analyse"),
    (ProjectPhase.EXECUTION, "Gennemførelse"),
    (ProjectPhase.REALISATION, "Realisering"),
    (ProjectPhase.CLOSED, "Afsluttet"),
    (MilestoneStatus.PLANNED, "Planlagt"),
    (MilestoneStatus.IN_PROGRESS, "I gang"),
    (MilestoneStatus.REACHED, "Nået"),
    (MilestoneStatus.POSTPONED, "Udskudt"),
    (MilestoneStatus.CANCELLED, "Aflyst"),
    (Rag.GREEN, "Grøn"),
    (Rag.AMBER, "Gul"),
    (Rag.RED, "Rød"),
)


LABELS: dict[tuple[type, str], str] = {(type(m), m.value): text for m, text in _LABEL_PAIRS}


def label(value: StrEnum | None) -> str:
    """Danish display label of an enum value ('' for None)."""
    if value is None:
        return ""
    return LABELS.get((type(value), value.value), str(value))
