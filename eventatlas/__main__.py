from eventatlas.cli import app

app()
