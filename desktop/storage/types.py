"""Column types that keep money exact on every database."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger
from sqlalchemy.types import TypeDecorator


class FixedDecimal(TypeDecorator):
    """A ``Decimal`` stored as an integer count of 10**-places units.

    SQLite has no exact decimal type (its NUMERIC affinity stores floats); storing
    cents as integers keeps ``1234.56`` exact and sortable on SQLite and PostgreSQL.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int = 2):
        super().__init__()
        self.places = places

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"FixedDecimal expects Decimal, got {type(value).__name__}")
        return int(value.scaleb(self.places).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places)


class Money(FixedDecimal):
    """Euros with cents, stored as integer cents."""

    cache_ok = True

    def __init__(self):
        super().__init__(2)
