"""Tables out of a built graph, in the forms people open: aligned text, CSV, JSON, Excel and SQLite."""
