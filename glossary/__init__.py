"""yakugo's glossary side: find named terms in Japanese text, give them English, keep them in a termbase."""
