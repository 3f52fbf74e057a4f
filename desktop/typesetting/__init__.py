"""Typesetting for every PDF the desk writes (badges, agendas, reports): fonts per script, shaped lines."""
