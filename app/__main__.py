"""`python -m app` runs the Point B command line."""

from app.cli import main

raise SystemExit(main())
