from kkrdesk.cli import main

raise SystemExit(main())
