import sys

from vmcsgen.cli import main

sys.exit(main())
