package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a description by age stands for ("The 26-year-old said"), and the ages the text has given people
 * before it, so that "the 34-year-old" is not the man the text has already called "the 22-year-old". A description by
 * children ("The father of three said") stands for the person just named as an age does, whatever their age.
 */
final class AgeDescriptions {

    /** "the mother of two", "The grandfather of 11": a person described by the children they have. */
    private static final Pattern PARENT = Pattern.compile("(?i)the (?:grand)?(?:mother|father|parent) of (?:\\d+|one|"
            + String.join("|", FunctionWords.NUMBER_WORDS) + ")$");
    /** "Raymond Holm, 54, was convicted": an age in an apposition right after a name. */
    private static final Pattern APPOSED_AGE = Pattern.compile(", (\\d{1,3})[,)]");

    private final AnnotatedDocument doc;
    private final NameIndex names;
    private final int byline;
    private final int firstPerson;
    /** Each person's age by full name, as the text has given it up to {@link #readTo}. */
    private final Map<String, Integer> ages = new HashMap<>();
    /** The first person given each age. */
    private final Map<Integer, Name> holders = new HashMap<>();
    /** Ages the text gives two people, which name neither. */
    private final Set<Integer> shared = new HashSet<>();
    private int readTo;
    private int namesRead;

    AgeDescriptions(AnnotatedDocument doc, NameIndex names) {
        this.doc = doc;
        this.names = names;
        this.byline = WriterVoice.bylineBlock(doc);
        this.firstPerson = firstPersonOutside(doc, byline);
    }

    /** Whether {@code text} describes a person by age ("the 26-year-old winger") or by children ("the mother of two"). */
    static boolean describes(String text) {
        return ResolutionStage.AGE.matcher(text).lookingAt() || PARENT.matcher(text).matches();
    }

    /** The years of an age description ("the 26-year-old winger"), or -1 if the text opens with none. */
    static int years(String text) {
        Matcher m = ResolutionStage.AGE.matcher(text);
        return m.lookingAt() ? Integer.parseInt(m.group(2)) : -1;
    }

    /**
     * The person the age description at {@code offset} stands for: the one the text has given that age, else the one just
     * named; or null. One {@code introduced} by an indefinite article opening its sentence ("A 31-year-old driver pleaded
     * guilty to the crash on Cormorant Road") brings in someone new: the person named after its sentence.
     */
    Name personAt(int offset, int years, boolean introduced) {
        if (introduced) {
            Sentence s = doc.sentenceAt(offset);
            return s == null ? null : personNamedAfter(s.end(), years);
        }
        readUpTo(offset);
        Name given = shared.contains(years) ? null : holders.get(years);
        return given != null ? given : personJustNamed(offset, years);
    }

    private void give(Name n, int years) {
        String name = fullName(n);
        if (ages.putIfAbsent(name, years) == null) {
            Name before = holders.putIfAbsent(years, n);
            if (before != null && !fullName(before).equals(name)) {
                shared.add(years);
            }
        }
    }

    /** The ages the text gives before {@code offset}, in text order: an earlier description's person is known when a later one is read. */
    private void readUpTo(int offset) {
        if (offset <= readTo) {
            return;
        }
        // The names in text order, each read once however many descriptions the text has.
        for (; namesRead < doc.names.size() && doc.names.get(namesRead).offset() < offset; namesRead++) {
            Name n = doc.names.get(namesRead);
            int end = n.offset() + n.text().length();
            if (n.kind() == SpeakerKind.PERSON && end < doc.text.length()) {
                Matcher m = APPOSED_AGE.matcher(doc.text).region(end, Math.min(doc.text.length(), end + 6));
                if (m.lookingAt()) {
                    give(n, Integer.parseInt(m.group(1)));
                }
            }
        }
        Matcher m = ResolutionStage.AGE.matcher(doc.text).region(readTo, offset);
        while (m.find()) {
            if (m.group(1) == null || !m.group(1).equalsIgnoreCase("the ")) {
                // "a 54-year-old man died": an indefinite age brings in someone new, not the person just named.
                continue;
            }
            int years = Integer.parseInt(m.group(2));
            Name n = personJustNamed(m.start(), years);
            if (n != null) {
                give(n, years);
            }
        }
        readTo = offset;
    }

    private String fullName(Name n) {
        return names.expandIfUnique(n.text(), n.offset());
    }

    /** Whether the text has given the person no age, or this one; a description by children ({@code years} -1) fits any age. */
    private boolean fits(Name n, int years) {
        Integer known = ages.get(fullName(n));
        return known == null || years < 0 || known == years;
    }

    /**
     * "Kate Moss joined the Tigers in May. The 26-year-old winger said ...": an age describes the person
     * the text has just named, the first one named in the last sentence that names anyone, by a full name or a
     * surname the text gave in full before ("Moss scored twice."), and not given another age. A feature may open
     * with the description and name the person after it ("The 41-year-old winger insists ... “Q,” Kate Moss
     * said"): when no one but the writer of the byline is named before it, the first person named after it. A
     * capitalised word inside a quotation ("“Honestly? I'm tired,” the 24-year-old said") names no one there.
     */
    private Name personJustNamed(int offset, int years) {
        int last = Name.lastBefore(doc.names, offset);
        while (last >= 0 && (inBlock(doc, byline, doc.names.get(last)) || doc.quoteAt(doc.names.get(last).offset()) != null)) {
            last--;
        }
        if (firstPerson < 0 || firstPerson > last) {
            return personNamedAfter(offset, years);
        }
        // "Edwin Halloran won the vote. Twelve members of his Unity Party abstained. ... the 61-year-old told": a
        // sentence that names no person in full (a number word, a party) is passed over.
        while (last >= 0 && offset - doc.names.get(last).offset() <= ResolutionWindows.AGE_DESCRIPTION_CHARS) {
            Sentence s = doc.sentenceAt(doc.names.get(last).offset());
            int first = last;
            while (first > 0 && s != null && doc.names.get(first - 1).offset() >= s.start()) {
                first--;
            }
            boolean person = false;
            for (int j = first; j <= last; j++) {
                Name n = doc.names.get(j);
                // "the Slovenia-born former model" is no name in full.
                if (n.kind() == SpeakerKind.PERSON && doc.quoteAt(n.offset()) == null && fullName(n).indexOf(' ') > 0) {
                    if (fits(n, years)) {
                        return n;
                    }
                    person = true;
                }
            }
            if (person) {
                return null;
            }
            last = first - 1;
        }
        return null;
    }

    private Name personNamedAfter(int offset, int years) {
        for (int j = Name.lastBefore(doc.names, offset) + 1; j < doc.names.size(); j++) {
            Name n = doc.names.get(j);
            if (n.offset() - offset > ResolutionWindows.AGE_DESCRIPTION_CHARS) {
                return null;
            }
            if (n.kind() == SpeakerKind.PERSON && n.words().size() > 1 && fits(n, years)) {
                return n;
            }
        }
        return null;
    }

    /** The first person named in full outside the byline, found once for all the age descriptions (else each read every name before it). */
    private static int firstPersonOutside(AnnotatedDocument doc, int byline) {
        for (int j = 0; j < doc.names.size(); j++) {
            Name n = doc.names.get(j);
            if (!inBlock(doc, byline, n) && n.kind() == SpeakerKind.PERSON && n.words().size() > 1) {
                return j;
            }
        }
        return -1;
    }

    private static boolean inBlock(AnnotatedDocument doc, int block, Name n) {
        return block >= 0 && doc.block(block).start() <= n.offset() && n.offset() < doc.block(block).end();
    }
}
