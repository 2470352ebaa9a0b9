package io.claimtrack.ingest.extract;

/**
 * "But the club's president, Rosa Vint, said most hives had died with honey left, a sign, she said, that mites ...": a
 * "he" or "she" set off by commas with its cue inside a person's named statement is that person, whose name comes
 * before it but whose statement may be listed after it; part of {@link PronounResolver}.
 */
final class InterruptingPronoun {

    private InterruptingPronoun() {
    }

    /** The named statement the {@code index}-th statement's pronoun of {@code gender} interrupts, or null. */
    static Attribution statement(AnnotatedDocument doc, NameIndex names, int index, Gender gender) {
        Attribution a = doc.attributions.get(index);
        int after = Chars.skipSpace(doc.text, a.mention.end(), doc.text.length());
        int before = Chars.trimEnd(doc.text, 0, a.mention.start()) - 1;
        int cueEnd = after + a.cue.length();
        if (before < 0 || doc.text.charAt(before) != ',' || !doc.text.startsWith(a.cue, after) || cueEnd >= doc.text.length()
                || doc.text.charAt(cueEnd) != ',') {
            return null;
        }
        int to = Math.min(doc.attributions.size(), index + ResolutionWindows.INTERRUPTED_STATEMENTS + 1);
        for (int j = Math.max(0, index - ResolutionWindows.INTERRUPTED_STATEMENTS); j < to; j++) {
            Attribution e = doc.attributions.get(j);
            Mention m = e.mention;
            if (j != index && m != null && m.hasName() && m.kind() == SpeakerKind.PERSON && e.contentStart < a.mention.start()
                    && a.mention.end() <= e.contentEnd && m.end() < a.mention.start()
                    && gender.fits(names.gender(names.expand(m.name(), SpeakerKind.PERSON, m.start())))) {
                return e;
            }
        }
        return null;
    }
}
