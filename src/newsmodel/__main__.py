"""``python -m newsmodel`` runs the command line."""

import sys

from newsmodel._launch import main

sys.exit(main())
