package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;

/**
 * "Mayor Ilsa Brandvold-Oyo opened the meeting ... [a dozen paragraphs] ... the mayor said only that": a bare "the" and
 * one role word is the one person the document gives that title before it, however far up; part of
 * {@link ResolutionStage}, asked after the nearby rules found no one.
 */
final class OnlyTitleHolder {

    private OnlyTitleHolder() {
    }

    /**
     * The person named with a title ending in {@code head} before the description {@code a} ("the mayor"), when the
     * document gives that title to no one else anywhere ("former mayor Dag Lund" is a second); else null.
     */
    static String holder(Attribution a, String head, List<Name> titledPeople, NameIndex names, Lexicon lexicon) {
        String text = a.mention.text().toLowerCase(Locale.ROOT);
        if (!text.equals("the " + head) || !lexicon.roles.contains(head)) {
            return null;
        }
        String found = null;
        int first = Integer.MAX_VALUE;
        for (Name n : titledPeople) {
            List<String> role = Name.words(n.role().toLowerCase(Locale.ROOT));
            if (n.kind() != SpeakerKind.PERSON || role.isEmpty() || !role.get(role.size() - 1).equals(head)) {
                continue;
            }
            String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
            if (found != null && !found.equals(person)) {
                return null;
            }
            found = person;
            first = Math.min(first, n.offset());
        }
        return first < a.mention.start() ? found : null;
    }
}
