"""`make run` serves on PORT (8000 unless set), and says where."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("arguments", "environment", "port"),
    [((), {}, "8000"), (("PORT=8123",), {}, "8123"), ((), {"PORT": "8124"}, "8124")],
)
def test_make_run_serves_on_port_and_prints_the_address(arguments, environment, port):
    without_port = {key: value for key, value in os.environ.items() if key != "PORT"}
    commands = subprocess.run(  # make -n prints what `make run` would run, and runs nothing
        ["make", "-n", "run", *arguments],
        cwd=ROOT,
        env=without_port | environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert f"runserver 127.0.0.1:{port}" in commands
    assert f"http://127.0.0.1:{port}/" in commands
    assert f"PORT={port} .venv/bin/python manage.py create_dev_admin" in commands
