package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;

/**
 * Every name the text gives, found once for the whole document ({@link AnnotatedDocument#names}): runs of
 * capitalised words split by {@link Mentions} into role and name, and the name in a title's aside ("The
 * Minister of Water Resources, Amara Osei, met ..."). Resolution expands surnames and links descriptions
 * and pronouns to these.
 */
public final class MentionStage implements Stage {

    private final Lexicon lexicon;
    private final Mentions mentions;

    public MentionStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.mentions = new Mentions(lexicon);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        List<Token> tokens = doc.tokens;
        for (Sentence s : doc.sentences) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                Token t = tokens.get(i);
                // Sentence openers ("As", "Commenting") are capitalised but belong to no name.
                if (!t.isCapitalized() || Lexicon.NP_BREAKERS.contains(t.lower())
                        || i == s.firstToken() && (t.lower().endsWith("ing") || !lexicon.cuesStartingWith(t.lower()).isEmpty())) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < s.endToken() && (tokens.get(j).isCapitalized()
                        || j + 1 < s.endToken() && tokens.get(j + 1).isCapitalized()
                        && Mentions.isConnector(tokens.get(j).lower()))) {
                    j++;
                }
                Mention m = mentions.build(doc, tokens, i, j);
                if (m != null && m.hasName()) {
                    doc.names.add(new Name(m.name(), m.kind(), m.role().toLowerCase(Locale.ROOT), m.start()));
                } else if (m != null) {
                    titleInAside(doc, m, j, s.endToken());
                }
                i = j;
            }
        }
    }

    /** "The Minister of Water Resources, Amara Osei, met ...": the aside's name gets the title. */
    private void titleInAside(AnnotatedDocument doc, Mention title, int comma, int end) {
        List<Token> tokens = doc.tokens;
        List<String> titleWords = Name.words(title.text());
        if (comma >= end || !tokens.get(comma).is(",") || titleWords.stream().noneMatch(lexicon.roles::contains)) {
            return;
        }
        int k = comma + 1;
        while (k < end && tokens.get(k).isCapitalized()) {
            k++;
        }
        Mention aside = k > comma + 1 && k < end && tokens.get(k).is(",") ? mentions.build(doc, tokens, comma + 1, k) : null;
        if (aside != null && aside.hasName() && aside.kind() == SpeakerKind.PERSON) {
            doc.names.add(new Name(aside.name(), SpeakerKind.PERSON, String.join(" ", titleWords), aside.start()));
        }
    }
}
