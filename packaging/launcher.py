"""The bundled program's entry: `custody-app` exactly as the installed console script."""

import sys

from custody_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
