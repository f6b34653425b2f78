"""Where the database lives, how it is opened, and keeping its schema current.

Reads go through plain `sqlite3` so that a report starts as fast as Python can;
sqlite-utils (its `Migrations` runner) is imported only when an existing
database's schema needs an upgrade; a new one is given its schema with sqlite3
alone. The database file is created on the first write, never on a read.
"""

import math
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from frontline.errors import FrontlineError, InputError

ENV_VAR = "FRONTLINE_DB"
MIGRATION_SET = "frontline"
BUSY_ENV_VAR = "FRONTLINE_BUSY_TIMEOUT"
# How long a writer waits for another one before giving up: long enough for a
# large import to finish writing, which holds the lock only while it writes.
BUSY_TIMEOUT_MS = 60_000
# A first, short try at the write lock: only if it fails is the user told that
# the command is waiting, so an uncontended write says nothing.
FIRST_TRY_MS = 200
MAX_BUSY_SECONDS = 86_400


class Location(NamedTuple):
    """Which database a command uses, and what chose it. (A named tuple: a
    frozen dataclass would cost every command most of a millisecond.)"""

    path: Path
    chosen_by: str  # "--db", "FRONTLINE_DB" or "default"


def locate(option: str | None) -> Location:
    """`--db`, else `FRONTLINE_DB`, else the per-user data file.

    An empty `--db ""` is refused: it is what `--db "$UNSET_VARIABLE"` gives, and
    silently falling back to the personal database would write in the wrong place.
    An empty FRONTLINE_DB counts as unset, as shells conventionally treat it.
    """
    if option is not None:
        if not option.strip():
            raise InputError("db", "is empty")
        return Location(_expand(option), "--db")
    env = os.environ.get(ENV_VAR)
    if env:
        return Location(_expand(env), ENV_VAR)
    return Location(default_path(), "default")


def _expand(path: str) -> Path:
    try:
        return Path(path).expanduser()
    except RuntimeError as error:  # "~nosuchuser/…"
        raise InputError("db", f"{path}: {error}") from None


def default_path() -> Path:
    """The per-user data file, following each platform's convention."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData/Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local/share")
    return base / "frontline" / "frontline.db"


def resource_dir(name: str) -> Path:
    """A data folder shipped in the wheel, or found at the top of a source checkout."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / name
    if packaged.is_dir():
        return packaged
    checkout = package.parents[1] / name
    if checkout.is_dir():
        return checkout
    raise FrontlineError(f"the installation is incomplete: no {name}/ folder found")


def migration_files() -> list[Path]:
    """The schema's SQL files in order. Listed by name, because `Path.glob`
    compiles a pattern, and every command that opens the database asks."""
    folder = resource_dir("migrations")
    names = sorted(name for name in os.listdir(folder) if name.endswith(".sql"))
    return [folder / name for name in names]


def refuse_database_output(
    location: Location, output: str, what: str = "the export"
) -> None:
    """Refuse to write a file over the database or its WAL / shared-memory files.

    `export -o "$FRONTLINE_DB"` would otherwise replace every record and its
    history with a CSV file and report success. Links are resolved on both sides
    (a symlink or a hard link to the database is the database).
    """
    database = location.path
    candidates = {
        Path(f"{base}{suffix}")
        for base in _names_of(database)
        for suffix in ("", "-wal", "-shm")
    }
    target = Path(output).expanduser()
    named = {target.absolute(), _resolved(target)}
    if named & candidates or any(_same_file(target, c) for c in candidates):
        raise InputError(
            "output",
            f"{output} is the database ({database}) or one of its files; "
            f"write {what} to another file",
        )


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:  # either is missing: not the same file
        return False


def _names_of(path: Path) -> set[Path]:
    return {path.absolute(), _resolved(path)}


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return path.absolute()


def busy_timeout_ms() -> int:
    """The busy timeout: `FRONTLINE_BUSY_TIMEOUT` seconds when set, else 60 s.

    A value that is not a number of seconds from 0 to a day is refused rather
    than ignored: a typo would otherwise silently bring back the default.
    """
    raw = os.environ.get(BUSY_ENV_VAR)
    if raw is None or not raw.strip():
        return BUSY_TIMEOUT_MS
    try:
        seconds = float(raw.strip())
    except ValueError:
        seconds = math.nan
    if not 0 <= seconds <= MAX_BUSY_SECONDS:  # also refuses NaN
        raise InputError(
            BUSY_ENV_VAR,
            f"{raw.strip()!r} is not a number of seconds from 0 to {MAX_BUSY_SECONDS}",
        )
    return round(seconds * 1000)


def begin_write(
    conn: sqlite3.Connection, on_wait: Callable[[], None] | None = None
) -> None:
    """Take the write lock (BEGIN IMMEDIATE), waiting the busy timeout for it.

    With `on_wait`, a short first try tells whether another writer holds the
    lock; `on_wait` is called before the long wait (to say so on a terminal).
    """
    timeout = busy_timeout_ms()
    if on_wait is None or timeout <= FIRST_TRY_MS:
        conn.execute("BEGIN IMMEDIATE")
        return
    conn.execute(f"PRAGMA busy_timeout = {FIRST_TRY_MS}")
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
        on_wait()
        conn.execute(f"PRAGMA busy_timeout = {timeout - FIRST_TRY_MS}")
        conn.execute("BEGIN IMMEDIATE")
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout}")


def _check_path(path: Path) -> None:
    """Refuse a path that cannot be a database file, saying why. `Path.exists()`
    answers False for a loop of symbolic links, which then read as an empty
    database: `os.stat` tells the two apart."""
    import errno
    import stat

    try:
        status = os.stat(path)
    except FileNotFoundError:
        return  # not created yet (or a link to a file not created yet)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(
                "db", f"{path} is a loop of symbolic links, not a database file"
            ) from None
        raise InputError("db", f"{path}: {error.strerror}") from None
    if stat.S_ISDIR(status.st_mode):
        raise InputError("db", f"{path} is a directory, not a database file")


def _empty_file(path: Path) -> bool:
    """A 0-byte file with no write-ahead log: SQLite would make it a database on
    first use. A read leaves it as it is and finds no records."""
    try:
        wal = Path(f"{path}-wal").stat().st_size
    except OSError:
        wal = 0
    return path.stat().st_size == 0 and wal == 0


def describe_error(error: sqlite3.Error, path: Path | None) -> str:
    """SQLite's complaint for the user. SQLite reports a disk that filled up while
    it wrote as "disk I/O error": say the disk is full when it is."""
    text = str(error)
    name = getattr(error, "sqlite_errorname", "") or ""
    if path is not None and (name.startswith("SQLITE_IOERR") or "disk I/O" in text):
        try:
            status = os.statvfs(path.parent if path.parent.exists() else ".")
            free = status.f_bavail * status.f_frsize
        except OSError:
            free = None
        if free is not None and free < FULL_DISK_BYTES:
            return (
                f"the disk holding {path} is full ({free:,} bytes free); "
                f"free some space and try again (SQLite: {text})"
            )
    return f"database error: {text}"


# Less free space than this when a write failed is a full disk.
FULL_DISK_BYTES = 1024 * 1024


def open_for_read(location: Location) -> sqlite3.Connection | None:
    """A connection for reading, or None when the database does not exist yet.

    A database the user cannot write to (a read-only file or folder) is still
    readable, as long as its schema is current.
    """
    path = location.path
    _check_path(path)
    if not path.exists() or _empty_file(path):
        return None
    if _writable(path):
        return open_for_write(location)
    conn = _connect_read_only(path)
    if _pending_migrations(conn):
        conn.close()
        raise FrontlineError(
            f"{path} needs a schema upgrade but is read-only; "
            "make it writable once so that frontline can upgrade it"
        )
    return conn


def open_for_write(location: Location) -> sqlite3.Connection:
    """A writing connection: creates the file and its folder, upgrades the schema."""
    path = location.path
    _check_path(path)
    _refuse_dangling_link(path)
    if path.exists() and not _writable(path):
        raise FrontlineError(f"{path} is read-only: cannot change it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FrontlineError(f"cannot create {path.parent}: {error.strerror}") from None
    try:
        conn = sqlite3.connect(path, timeout=busy_timeout_ms() / 1000)
        _configure(conn)
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlite3.DatabaseError as error:
        raise _database_error(path, error) from None
    if _pending_migrations(conn):
        migrate(conn)
    return conn


def _refuse_dangling_link(path: Path) -> None:
    """A link to a database that is not there is most likely a database that
    moved: creating a new one at the link's target would split the records."""
    if path.is_symlink() and not path.exists():
        raise FrontlineError(
            f"{path} is a symbolic link to {os.readlink(path)}, which does not "
            "exist; put the database back there, or remove the link to start a "
            "new one"
        )


def _writable(path: Path) -> bool:
    """SQLite in WAL mode writes beside the file too, so the folder must be writable."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri()
    last_error: sqlite3.DatabaseError | None = None
    # A WAL database in a folder we cannot write to can only be read as immutable.
    for mode in ("mode=ro", "immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{mode}", uri=True, timeout=5)
            _configure(conn)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError as error:
            last_error = error
    assert last_error is not None
    raise _database_error(path, last_error)


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    conn.execute("PRAGMA foreign_keys = ON")


def _database_error(path: Path, error: sqlite3.DatabaseError) -> FrontlineError:
    text = str(error)
    if "not a database" in text:
        return FrontlineError(f"{path} is not a frontline database (not SQLite)")
    return FrontlineError(f"cannot open {path}: {text}")


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    try:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? "
            "ORDER BY rowid",
            (MIGRATION_SET,),
        ).fetchall()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return []
        raise
    except sqlite3.DatabaseError as error:
        raise FrontlineError(f"cannot read the database: {error}") from None
    return [name for (name,) in rows]


def _pending_migrations(conn: sqlite3.Connection) -> list[Path]:
    applied = applied_migrations(conn)
    known = migration_files()
    unknown = set(applied) - {file.stem for file in known}
    if unknown:
        raise FrontlineError(
            "this database was written by a newer frontline "
            f"(schema {max(unknown)}); upgrade frontline to use it"
        )
    if not applied:
        _refuse_foreign_database(conn)
    return [file for file in known if file.stem not in applied]


def _refuse_foreign_database(conn: sqlite3.Connection) -> None:
    tables = {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    }
    if tables - {"_sqlite_migrations"}:
        raise FrontlineError(
            "this SQLite file is not a frontline database "
            f"(it has tables: {', '.join(sorted(tables)[:5])})"
        )


def build_migrations():
    """The schema history as a sqlite-utils migration set, one step per SQL file."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for file in migration_files():
        migrations(name=file.stem)(_sql_migration(file))
    return migrations


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending schema migrations, all or none.

    The write lock is taken first (BEGIN IMMEDIATE), so that two processes
    creating the same new database one after the other instead of at once: the
    second finds the work done. sqlite-utils runs each migration as a savepoint.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        before = set(applied_migrations(conn))
        if before or _has_migrations_table(conn):
            from sqlite_utils import Database

            build_migrations().apply(Database(conn))
        else:
            _create_schema(conn)
    except sqlite3.IntegrityError as error:  # a rule UPGRADE_CHECKS does not name
        conn.rollback()
        raise FrontlineError(
            f"cannot upgrade the database: a record breaks a rule of the new "
            f"schema ({error}). Nothing was changed"
        ) from None
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return [name for name in applied_migrations(conn) if name not in before]


# sqlite-utils' record of applied migrations, as its `Migrations` creates it.
_MIGRATIONS_TABLE = (
    'CREATE TABLE "_sqlite_migrations" (\n   "id" INTEGER PRIMARY KEY,\n'
    '   "migration_set" TEXT,\n   "name" TEXT,\n   "applied_at" TEXT\n)',
    'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n'
    '    ON "_sqlite_migrations" ("migration_set", "name")',
)


def _has_migrations_table(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'"
        ).fetchone()
    )


def _create_schema(conn: sqlite3.Connection) -> None:
    """A new database's schema: every migration in order, recorded exactly as
    sqlite-utils records them, so that its runner upgrades the file later.
    Done with sqlite3 alone: importing sqlite-utils and loading its plugins
    took longer than the schema itself, on every first write."""
    from datetime import UTC, datetime

    for statement in _MIGRATIONS_TABLE:
        conn.execute(statement)
    for file in migration_files():
        for statement in split_sql(file.read_text(encoding="utf-8")):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES (?, ?, ?)",
            (MIGRATION_SET, file.stem, str(datetime.now(UTC))),
        )


_SLUG_SQL = "{0} GLOB '[a-z0-9]*' AND {0} NOT GLOB '*[^a-z0-9_.-]*'"
# What each migration's new CHECKs forbid, as (condition every row must meet,
# what a row breaking it has). Checked before the migration runs, so that an
# upgrade of a database holding such rows names them and changes nothing,
# instead of failing with SQLite's bare "CHECK constraint failed".
UPGRADE_CHECKS: dict[str, list[tuple[str, str]]] = {
    "0002_plausible_figures": [
        ("id BETWEEN 1 AND 9007199254740992", "an id outside 1..2^53"),
        (
            "actor <> '' AND region <> '' AND layer <> ''",
            "an empty actor, region or layer",
        ),
        (
            "start BETWEEN '1800-01-01' AND '2200-12-31' "
            "AND \"end\" BETWEEN '1800-01-01' AND '2200-12-31'",
            "a day outside the years 1800-2200",
        ),
        (
            "area_km2 BETWEEN 0 AND 510072000",
            "an area below 0 or above 510,072,000 km²",
        ),
    ],
    "0003_strict_values": [
        (
            "date(start, '+0 days') IS start AND date(\"end\", '+0 days') IS \"end\"",
            "a start or end that is not a YYYY-MM-DD date",
        ),
        (
            "published IS NULL OR date(published, '+0 days') IS published",
            "a published date that is not YYYY-MM-DD",
        ),
        (
            " AND ".join(
                _SLUG_SQL.format(name) for name in ("actor", "region", "layer")
            ),
            "an actor, region or layer that is not a slug (a-z, 0-9, '-', '_', '.')",
        ),
        (
            "max(length(actor), length(region), length(layer), length(source), "
            "coalesce(length(url), 0)) <= 200",
            "a name (actor, region, layer, source or url) over 200 characters",
        ),
        ("coalesce(length(note), 0) <= 100000", "a note over 100,000 characters"),
    ],
}
_IDS_SHOWN = 5


def refuse_forbidden_rows(conn: sqlite3.Connection, migration: str) -> None:
    """Stop an upgrade that would fail on rows its new checks forbid, naming them
    and saying how to fix them; the caller rolls back, so nothing changes."""
    problems: list[str] = []
    named: list[int] = []
    for condition, problem in UPGRADE_CHECKS.get(migration, []):
        ids = [
            row_id
            for (row_id,) in conn.execute(
                f"SELECT id FROM records WHERE ({condition}) IS NOT 1 "
                f"ORDER BY id LIMIT {_IDS_SHOWN + 1}"
            )
        ]
        if not ids:
            continue
        shown = ", ".join(f"#{i}" for i in ids[:_IDS_SHOWN])
        if len(ids) > _IDS_SHOWN:
            shown += " and more"
        subject = "record" if len(ids) == 1 else "records"
        verb = "has" if len(ids) == 1 else "have"
        problems.append(f"{subject} {shown} {verb} {problem}")
        named.extend(i for i in ids[:_IDS_SHOWN] if i not in named)
    if not problems:
        return
    path = next((row[2] for row in conn.execute("PRAGMA database_list")), "") or (
        "the database"
    )
    number = [file.stem for file in migration_files()].index(migration) + 1
    ids = ", ".join(map(str, named))
    raise FrontlineError(
        f"cannot upgrade {path} to schema {number} ({migration}): "
        f"{'; '.join(problems)}. Nothing was changed. Correct or remove them with "
        f"the sqlite3 tool (UPDATE records SET … WHERE id = …, or "
        f"DELETE FROM records WHERE id IN ({ids})), then run frontline again"
    )


def _sql_migration(file: Path):
    statements = split_sql(file.read_text(encoding="utf-8"))

    def apply(db) -> None:
        if file.stem in UPGRADE_CHECKS:
            refuse_forbidden_rows(db.conn, file.stem)
        for statement in statements:
            db.execute(statement)

    apply.__name__ = file.stem
    return apply


def split_sql(script: str) -> list[str]:
    """Split a script into statements (triggers included) without `executescript`,
    which would commit the migration's transaction halfway."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if not current and line.strip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def schema_version(conn: sqlite3.Connection | None) -> tuple[int, str | None]:
    if conn is None:
        return 0, None
    applied = applied_migrations(conn)
    return len(applied), (applied[-1] if applied else None)


def in_memory() -> sqlite3.Connection:
    """An empty database in memory with the shipped schema (and its events):
    what a dry run imports into, and what options are checked against, where
    there is no database file yet."""
    conn = sqlite3.connect(":memory:")
    migrate(conn)
    return conn
