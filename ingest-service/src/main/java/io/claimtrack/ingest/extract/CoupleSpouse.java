package io.claimtrack.ingest.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Marta and Ivo Kestrel-Baines opened the shop ... 'We built every shelf,' Marta Kestrel-Baines said. Her husband
 * said": a spouse under a possessive, after a couple the text names as "FIRST and FIRST SURNAME", is the member of the
 * couple whose first name does not fit the possessive, with the shared surname, when the other's does ("Her" a
 * woman's: Marta). Part of {@link KinNamedAfter}, for a spouse no later statement names.
 */
final class CoupleSpouse {

    private static final Pattern SPOUSE = Pattern.compile("(?i)(her|his) (?:husband|wife)");
    /** Between the couple's two first names. */
    private static final String AND = " and ";

    private CoupleSpouse() {
    }

    /** The spouse's name, or null if the mention is no possessive spouse or no couple before it fits. */
    static String named(AnnotatedDocument doc, NameIndex names, Mention m) {
        Matcher spouse = SPOUSE.matcher(m.text());
        if (!spouse.matches()) {
            return null;
        }
        Gender possessor = Gender.ofWord(FunctionWords.subjectPronoun(spouse.group(1).toLowerCase(Locale.ROOT)));
        for (int j = Name.lastBefore(doc.names, m.start()); j > 0 && m.start() - doc.names.get(j).offset() < ResolutionWindows.TITLED_NAME_CHARS; j--) {
            Name first = doc.names.get(j - 1);
            Name second = doc.names.get(j);
            int firstEnd = first.offset() + first.text().length();
            if (first.words().size() != 1 || second.words().size() < 2 || !doc.text(firstEnd, second.offset()).equals(AND)) {
                continue;
            }
            String withSurname = first.text() + second.text().substring(second.text().indexOf(' '));
            Gender firstGender = names.wordsGender(withSurname);
            Gender secondGender = names.wordsGender(second.text());
            if (secondGender == possessor && firstGender != possessor) {
                return names.expand(withSurname, SpeakerKind.PERSON, first.offset());
            }
            return firstGender == possessor && secondGender != possessor ? names.expand(second.text(), SpeakerKind.PERSON, second.offset()) : null;
        }
        return null;
    }
}
