"""Case handling after intake: routing, handler mail commands, final answers, reminders, digest."""
