"""``parcours demo``: fill an empty database with realistic demonstration data."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import config
from desktop.commands._common import actor_from_args, add_action, opened
from desktop.domain.formatting import group_thousands
from desktop.services import demo


def _int(value: str) -> int:
    """argparse type: a whole number, spaces or ``_`` between the digits allowed."""
    try:
        return int(value.replace(" ", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier attendu : {value!r}") from None


def _count(value: str) -> int:
    number = _int(value)
    if not 1 <= number <= demo.MAX_HOUSEHOLDS:
        raise argparse.ArgumentTypeError(
            f"de 1 à {group_thousands(str(demo.MAX_HOUSEHOLDS), ' ')} ménages"
        )
    return number


def register(subparsers) -> None:
    parser = add_action(
        subparsers,
        "demo",
        run,
        help="générer une base de démonstration (ménages fictifs réalistes)",
        description="Remplit une base vide de dossiers locataires fictifs : agences "
        "girondines, logements, baux, occupants, soldes. Refusé si la base contient "
        "déjà des dossiers.",
    )
    parser.add_argument(
        "--households",
        type=_count,
        default=demo.DEFAULT_HOUSEHOLDS,
        metavar="N",
        help=f"nombre de ménages à générer (défaut : "
        f"{group_thousands(str(demo.DEFAULT_HOUSEHOLDS), ' ')})",
    )
    parser.add_argument(
        "--seed",
        type=_int,
        default=demo.DEFAULT_SEED,
        metavar="S",
        help=f"graine du tirage : la même graine donne les mêmes ménages "
        f"(défaut : {demo.DEFAULT_SEED})",
    )


def _n(value: int) -> str:
    return group_thousands(str(value), " ")


def _seconds(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def run(args: argparse.Namespace) -> int:
    target = config.configured_url(args.db or getattr(args, "global_db", None))
    if target and "://" not in target:  # a SQLite file: create its folder
        Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
    with opened(args) as db:
        existing = demo.household_count(db)
        if existing:
            raise demo.DatabaseNotEmpty(existing)
        print(f"Génération de {_n(args.households)} ménages dans {db.label}…", flush=True)

        def progress(done: int, total: int) -> None:
            print(f"  {_n(done)} / {_n(total)} ménages", flush=True)

        stats = demo.generate(db, actor_from_args(args, db), args.households, args.seed, progress)
    rate = round(stats.rate) if stats.seconds > 0 else stats.households
    print(
        f"{_n(stats.households)} ménages générés en {_seconds(stats.seconds)} s "
        f"({_n(rate)} ménages/s)"
    )
    print(f"{_n(stats.occupants)} occupants, {len(demo.AGENCIES)} agences.")
    return 0
