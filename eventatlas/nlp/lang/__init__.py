"""Per-language word tables read by the date, number and event rules."""
