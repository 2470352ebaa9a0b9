package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "The Marlins, founded in 1988, ... The team said" or "The Marlins will hold a parade, the team said": a sports team's
 * name carries no word of its kind, only a plural nickname the text writes after "the" ("the Bayside Marlins"); "the
 * team" or "the club" is the team whose nickname its paragraph or the one before wrote last (issue 10, round 54); part
 * of {@link BodyDescriptions}.
 */
final class TeamNames {

    /** Descriptions of a sports club, and the words that introduce one: "his club Atletico Brava". */
    static final Set<String> CLUB = WordSet.of("club", "team");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    /**
     * Every "the NICKNAME" in text order, with the team it names: read once per document on the first description that
     * asks, so each description costs a search, not a read of its paragraphs per name.
     */
    private List<Name> teamAt;
    private List<Integer> offsets;

    TeamNames(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /** The body whose nickname the text wrote last before the description, in its paragraph or the one before; null if none. */
    Name nicknamed(Mention description) {
        Sentence described = doc.sentenceAt(description.start());
        if (described == null) {
            return null;
        }
        if (offsets == null) {
            index();
        }
        int from = doc.block(Math.max(0, described.block() - 1)).start();
        int k = Sorted.firstAtLeast(offsets, Integer::intValue, description.start()) - 1;
        return k >= 0 && offsets.get(k) >= from ? teamAt.get(k) : null;
    }

    /** The nicknames' teams (the longest name of each, the first of equals), then each "the"/"The" before one. */
    private void index() {
        Map<String, Name> teams = new HashMap<>();
        for (Name n : doc.names) {
            String nickname = nickname(lexicon, n);
            if (nickname != null) {
                teams.merge(nickname, n, (a, b) -> b.text().length() > a.text().length() ? b : a);
            }
        }
        teamAt = new ArrayList<>();
        offsets = new ArrayList<>();
        List<Token> t = doc.tokens;
        for (int k = 0; k + 1 < t.size() && !teams.isEmpty(); k++) {
            Name team = t.get(k).lower().equals("the") && t.get(k).text().charAt(1) == 'h'
                    && t.get(k + 1).start() == t.get(k).end() + 1 && doc.text.charAt(t.get(k).end()) == ' '
                    ? teams.get(leadingLetters(t.get(k + 1).text())) : null;
            if (team != null) {
                teamAt.add(team);
                offsets.add(t.get(k).start());
            }
        }
    }

    /** "Marlins" of "Marlins'" or "Marlins's": a token's letters up to its first other character. */
    private static String leadingLetters(String token) {
        int end = 0;
        while (end < token.length() && Character.isLetter(token.charAt(end))) {
            end++;
        }
        return token.substring(0, end);
    }

    /**
     * A name's last word as written if a plural nickname: capitalised, ending in "s", no place ("Netherlands"); not a
     * person's by a first name or a title. The name's kind is no test: a team's name reads as a person's or a group's.
     */
    private static String nickname(Lexicon lexicon, Name n) {
        List<String> words = n.words();
        if (words.isEmpty() || !n.role().isEmpty() || lexicon.isFirstName(words.get(0))
                || n.text().length() < Name.lastWord(words).length()) {
            return null;
        }
        String last = Name.lastWord(words);
        String written = n.text().substring(n.text().length() - last.length());
        return last.length() > 3 && WordForms.endsInSingleS(last) && Character.isUpperCase(written.charAt(0))
                && written.equalsIgnoreCase(last) && !lexicon.isPlace(written) ? written : null;
    }
}
