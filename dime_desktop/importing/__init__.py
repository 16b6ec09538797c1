"""Import of earlier case registers (CSV or XLSX): ``read_register`` (the
file, once, bounded) and ``import_cases`` (into a vault, all or nothing)."""

from dime_desktop.importing.register import (
    COLUMNS,
    MAX_FILE_BYTES,
    MAX_LISTED_PROBLEMS,
    MAX_ROWS,
    PROGRESS_EVERY,
    REQUIRED_COLUMNS,
    ImportReport,
    RegisterCases,
    import_cases,
    import_register,
    read_register,
)

__all__ = [
    "COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_LISTED_PROBLEMS",
    "MAX_ROWS",
    "PROGRESS_EVERY",
    "REQUIRED_COLUMNS",
    "ImportReport",
    "RegisterCases",
    "import_cases",
    "import_register",
    "read_register",
]
