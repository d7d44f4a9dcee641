"""The HTTP API (FastAPI) and the web app's files, over one `Atlas`."""
