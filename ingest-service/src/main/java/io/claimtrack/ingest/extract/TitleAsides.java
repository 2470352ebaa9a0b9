package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The name in a title's aside ("The Minister of Water Resources, Amara Osei, met ..."); part of {@link MentionStage}. */
final class TitleAsides {

    /** Words that join an office to the place or body it is held at: "Ambassador of Norland to the Kingdom of Vestria". */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = WordSet.of("to", "in", "for");

    private final Lexicon lexicon;

    TitleAsides(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "The Minister of Water Resources, Amara Osei, met ...", "... with the President of Tervonia, Mikael Sorensen.": the
     * aside's name gets the title, the aside closed by a comma or, two names or more, by the sentence. The title may end in
     * a run of its own after "to", "in" or "for": "the Ambassador of Norland to the Kingdom of Vestria, Piet Haugen,".
     */
    void add(AnnotatedDocument doc, Mention title, int from, int comma, int end) {
        List<Token> tokens = doc.tokens;
        String role = title.text();
        if (Name.words(role).stream().noneMatch(lexicon.roles::contains)) {
            int office = officeBefore(tokens, from);
            role = office < 0 ? "" : doc.text(tokens.get(office).start(), title.end());
        }
        if (comma >= end || !tokens.get(comma).is(",") || Name.words(role).stream().noneMatch(lexicon.roles::contains)) {
            return;
        }
        // "The Minister of Trade, Hon. Ivo Brandt,": a member's "Hon." is no part of the name.
        int first = comma + 3 < end && tokens.get(comma + 1).is("hon") && tokens.get(comma + 2).is(".") ? comma + 3 : comma + 1;
        int k = first;
        while (k < end && tokens.get(k).isCapitalized()) {
            k++;
        }
        Mention aside = k > first && (k < end && tokens.get(k).is(",") || k + 1 >= end && k > first + 1) ? doc.mentions.build(first, k) : null;
        if (aside != null && aside.hasName() && aside.kind() == SpeakerKind.PERSON) {
            int space = role.indexOf(' ');
            if (space > 0 && FunctionWords.DETERMINERS.contains(role.substring(0, space).toLowerCase(Locale.ROOT))) {
                role = role.substring(space + 1);
            }
            doc.names.add(new Name(aside.name(), SpeakerKind.PERSON, role, aside.start()));
        }
    }

    /**
     * The first token of the capitalised run before "to", "in" or "for" (and an article) that opens the run at
     * {@code from}: "Ambassador of Norland" before "to the Kingdom of Vestria"; -1 if none.
     */
    static int officeBefore(List<Token> tokens, int from) {
        int k = from - 1;
        if (k >= 0 && FunctionWords.ARTICLES.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < 1 || !COMPLEMENT_PREPOSITIONS.contains(tokens.get(k).lower()) || !tokens.get(k - 1).isCapitalized()) {
            return -1;
        }
        int start = k - 1;
        while (start > 0 && (tokens.get(start - 1).isCapitalized()
                || Mentions.isConnector(tokens.get(start - 1).lower()) && start > 1 && tokens.get(start - 2).isCapitalized())) {
            start--;
        }
        return start;
    }
}
