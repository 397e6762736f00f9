"""Write src/bastion/learn/authored/DATA_CARD.md from the authored files (never by hand)."""

from bastion.learn.authored_data import AUTHORED, data_card

(AUTHORED / "DATA_CARD.md").write_text(data_card(), encoding="utf-8")
print(f"wrote {AUTHORED / 'DATA_CARD.md'}")
