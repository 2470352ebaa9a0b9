package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "The Marlins, founded in 1988, ... The team said" or "The Marlins will hold a parade, the team said": a sports team's
 * name carries no word of its kind, only a plural nickname the text writes after "the" ("the Bayside Marlins"); "the
 * team" or "the club" is the team whose nickname its paragraph or the one before wrote last (issue 10, round 54); part
 * of {@link BodyDescriptions}.
 */
final class TeamNames {

    private TeamNames() {
    }

    /** The body whose nickname the text wrote last before the description, in its paragraph or the one before; null if none. */
    static Name nicknamed(AnnotatedDocument doc, Lexicon lexicon, Mention description) {
        Sentence described = doc.sentenceAt(description.start());
        if (described == null) {
            return null;
        }
        String window = doc.text(doc.block(Math.max(0, described.block() - 1)).start(), description.start());
        Name team = null;
        int last = -1;
        for (Name n : doc.names) {
            String nickname = nickname(lexicon, n);
            int at = nickname == null ? -1 : Math.max(lastAfterThe(window, "the " + nickname), lastAfterThe(window, "The " + nickname));
            if (at > last || at >= 0 && at == last && n.text().length() > team.text().length()) {
                team = n;
                last = at;
            }
        }
        return team;
    }

    /**
     * A name's last word as written if a plural nickname: capitalised, ending in "s", no place ("Netherlands"); not a
     * person's by a first name or a title. The name's kind is no test: a team's name reads as a person's or a group's.
     */
    private static String nickname(Lexicon lexicon, Name n) {
        List<String> words = n.words();
        if (words.isEmpty() || !n.role().isEmpty() || lexicon.isFirstName(words.get(0))
                || n.text().length() < words.get(words.size() - 1).length()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        String written = n.text().substring(n.text().length() - last.length());
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && Character.isUpperCase(written.charAt(0))
                && written.equalsIgnoreCase(last) && !lexicon.isPlace(written) ? written : null;
    }

    /** Where {@code phrase} last stands as whole words in {@code window}, or -1. */
    private static int lastAfterThe(String window, String phrase) {
        int at = window.lastIndexOf(phrase);
        while (at > 0 && Character.isLetter(window.charAt(at - 1))
                || at >= 0 && at + phrase.length() < window.length() && Character.isLetter(window.charAt(at + phrase.length()))) {
            at = at == 0 ? -1 : window.lastIndexOf(phrase, at - 1);
        }
        return at;
    }
}
