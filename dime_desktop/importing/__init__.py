"""Import of earlier case registers (CSV or XLSX)."""

from dime_desktop.importing.register import (
    COLUMNS,
    REQUIRED_COLUMNS,
    ImportReport,
    import_register,
    read_register,
)

__all__ = ["COLUMNS", "REQUIRED_COLUMNS", "ImportReport", "import_register", "read_register"]
