"""Stories: the same news grouped across languages and time; threads link stories of one subject."""
