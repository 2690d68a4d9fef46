"""Roles of the people who use unioncase (DESIGN §1)."""

from enum import StrEnum


class Role(StrEnum):
    INTAKE = "intake"  # 接待员
    MEDIATOR = "mediator"  # 调解员
    CASEWORKER = "caseworker"  # 帮扶干事
    SUPERVISOR = "supervisor"  # 工会主席 / 上级工会
    ADMIN = "admin"
