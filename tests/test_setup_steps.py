"""A setup step that fails fails its test: the `cli` fixture reports every call
whose result the test never read and that did not exit 0, with its command line
and output; a call the test reads is the test's to judge."""

from __future__ import annotations

from pathlib import Path

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py")


def test_an_unread_failing_call_fails_the_test_loudly(pytester) -> None:
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makepyfile(
        test_steps="""
        def test_unread_failure(cli):
            cli("import", "no-such-file.csv")

        def test_read_failure(cli):
            assert cli("import", "no-such-file.csv").exit_code == 2

        def test_unread_success(cli):
            cli("--version")
        """
    )
    result = pytester.runpytest("-p", "no:randomly", "-p", "no:xdist")
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_unread_failure*",
            "setup step exited 2: frontline import no-such-file.csv",
        ]
    )
