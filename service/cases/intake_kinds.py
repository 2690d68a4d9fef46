"""The intake of each kind of case as the OpenAPI document shows it: one schema per kind.

``CaseIntakeSchema`` loads every kind and checks the rules that depend on the type; a
client generator needs the same rules as schemas, so each kind here is the intake
schema narrowed to the fields, categories and requirements of that kind.
"""

from __future__ import annotations

import copy
from typing import Any

import marshmallow as ma
from marshmallow import fields, validate

from service.cases.schemas import CaseIntakeSchema, ClaimantIn
from workflows.case_types import CASE_TYPES

DISPUTE_ONLY = ("workers_involved", "known_on", "employment_end_on")
AID_ONLY = ("household_size", "hardship_level", "household", "household_file")


def _required(schema: type[ma.Schema], *names: str) -> dict[str, Any]:
    """Copies of ``schema``'s fields ``names``, made required."""
    found = {}
    for name in names:
        field = copy.copy(schema._declared_fields[name])
        field.required = True
        found[name] = field
    return found


class IdentifiedClaimant(ClaimantIn):
    """A claimant of a dispute or of aid: cases are filed under real names (实名制)."""

    id_number = _required(ClaimantIn, "id_number")["id_number"]
    phone = _required(ClaimantIn, "phone")["phone"]


class ReachableClaimant(ClaimantIn):
    """The person who asks for advice: the office must be able to call them back."""

    phone = _required(ClaimantIn, "phone")["phone"]


def _kind(
    name: str,
    case_type: str,
    categories: tuple[str, ...],
    *,
    claimant: type[ma.Schema],
    required: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
) -> type[ma.Schema]:
    attributes: dict[str, Any] = {
        "type": fields.String(required=True, validate=validate.OneOf([case_type])),
        "category": fields.String(required=True, validate=validate.OneOf(categories)),
        "claimant": fields.Nested(claimant, required=True),
        **_required(CaseIntakeSchema, *required),
        "Meta": type("Meta", (), {"exclude": exclude}),
        "__doc__": f"The intake of a {case_type.replace('_', ' ')} case.",
    }
    return type(name, (CaseIntakeSchema,), attributes)


_DISPUTE = CASE_TYPES["labour_dispute"].categories
_CONSULTATION = CASE_TYPES["consultation"].categories

LabourDisputeIntake = _kind(
    "LabourDisputeIntake",
    "labour_dispute",
    tuple(c for c in _DISPUTE if c != "work_injury"),
    claimant=IdentifiedClaimant,
    required=("employer", "known_on"),
    exclude=(*AID_ONLY, "accident_on"),
)
WorkInjuryDisputeIntake = _kind(
    "WorkInjuryDisputeIntake",
    "labour_dispute",
    ("work_injury",),
    claimant=IdentifiedClaimant,
    required=("employer", "known_on"),
    exclude=AID_ONLY,
)
HardshipAidIntake = _kind(
    "HardshipAidIntake",
    "hardship_aid",
    CASE_TYPES["hardship_aid"].categories,
    claimant=IdentifiedClaimant,
    exclude=(*DISPUTE_ONLY, "accident_on"),
)
ConsultationIntake = _kind(
    "ConsultationIntake",
    "consultation",
    tuple(c for c in _CONSULTATION if c != "work_injury"),
    claimant=ReachableClaimant,
    exclude=(*DISPUTE_ONLY, *AID_ONLY, "accident_on"),
)
WorkInjuryConsultationIntake = _kind(
    "WorkInjuryConsultationIntake",
    "consultation",
    ("work_injury",),
    claimant=ReachableClaimant,
    exclude=(*DISPUTE_ONLY, *AID_ONLY),
)

# A household is named or filed with the case, not both.
ONE_HOUSEHOLD = {"not": {"required": ["household", "household_file"]}}

INTAKE_BODY = {
    "required": True,
    "description": "a case of one kind; the fields of another kind are refused",
    "content": {
        "application/json": {
            "schema": {
                "oneOf": [
                    LabourDisputeIntake,
                    WorkInjuryDisputeIntake,
                    {"allOf": [HardshipAidIntake, ONE_HOUSEHOLD]},
                    ConsultationIntake,
                    WorkInjuryConsultationIntake,
                ]
            }
        }
    },
}

# What a consultation converts into: a dispute or an aid case, registered in full.
NEW_CASE = {
    "oneOf": [
        *(
            {"$ref": f"#/components/schemas/{kind.__name__}"}
            for kind in (LabourDisputeIntake, WorkInjuryDisputeIntake)
        ),
        {"allOf": [{"$ref": f"#/components/schemas/{HardshipAidIntake.__name__}"}, ONE_HOUSEHOLD]},
    ]
}
