package io.claimtrack.ingest.extract;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people a pronoun speaker's own statement names, who are therefore not the pronoun's person ("He said Patchett
 * was taken to hospital"); part of {@link PronounResolver}.
 */
final class OwnContentNames {

    private final AnnotatedDocument doc;
    private final NameIndex names;
    /** Where the statements' speakers are named, worked out when first asked. */
    private Set<Integer> mentionStarts;
    private BitSet cueStarts;
    /** The statement a pronoun resolution asks about, and its quoted words: every candidate asks of the same one. */
    private Attribution quotedFor;
    private Set<String> quotedWords;

    OwnContentNames(AnnotatedDocument doc, NameIndex names) {
        this.doc = doc;
        this.names = names;
    }

    /**
     * "He said Patchett was taken to hospital": whether a person's pronoun statement names {@code person} in its
     * indirect content, and so is someone else's. Not by a possessor ("He notes ... an issue with Trump's microphone")
     * or a speaker of its own ("DuVernay said she felt ..., she said"), which writers let stand for the pronoun's
     * person; nor after a fronted clause ("As he welcomed the guests, Scott was ..."). In a quotation, by the first
     * name or surname that no comma of address follows ("‘Marco is the reason we got here,’ she said").
     */
    boolean names(Attribution a, String person) {
        List<String> words = Name.words(person);
        String surname = Name.lastWord(words);
        // Only a name with the person's surname is expanded: a content may hold many capitalised words ("‘Yes, he said").
        for (int j = Name.lastBefore(doc.names, a.contentStart) + 1; j < doc.names.size() && doc.names.get(j).offset() < a.contentEnd; j++) {
            Name n = doc.names.get(j);
            if (n.kind() == SpeakerKind.PERSON && Name.lastWord(n.words()).equals(surname) && doc.quoteAt(n.offset()) == null
                    && !n.possessiveIn(doc.text) && !speaks(n) && names.expand(n.text(), SpeakerKind.PERSON, n.offset()).equals(person)) {
                return !inFrontedClause(a.mention.start());
            }
        }
        if (words.size() < 2) {
            return false;
        }
        if (quotedFor != a) {
            quotedFor = a;
            quotedWords = quotedNames(a);
        }
        Set<String> quoted = quotedWords;
        String last = Name.afterLastSpace(person).toLowerCase(Locale.ROOT);
        // "Mr. Sandoval" for Rafael Sandoval-Ortiz: a double surname is often shortened to its first half.
        int hyphen = last.indexOf('-');
        return quoted.contains(words.get(0)) || quoted.contains(last) || hyphen > 0 && quoted.contains(last.substring(0, hyphen));
    }

    /**
     * The capitalised words (in lower case) inside quotation marks in a statement's content that no comma, "!" or "?" follows
     * ("‘Marco, you were right’" speaks to Marco).
     */
    private Set<String> quotedNames(Attribution a) {
        Set<String> out = new HashSet<>();
        for (int k = doc.tokenAtOrAfter(a.contentStart); k + 1 < doc.tokens.size() && doc.tokens.get(k).start() < a.contentEnd; k++) {
            Token t = doc.tokens.get(k);
            Token next = doc.tokens.get(k + 1);
            if (t.isWord() && t.isCapitalized() && !next.is(",") && !next.is("!") && !next.is("?") && doc.quoteAt(t.start()) != null) {
                out.add(t.lower());
            }
        }
        return out;
    }

    /**
     * The offset is in a clause that a subordinator ("As", "When", "Although") opens at its sentence's start or after
     * a colon, with no comma yet.
     */
    private boolean inFrontedClause(int offset) {
        Sentence s = doc.sentenceAt(offset);
        if (s == null) {
            return false;
        }
        int i = doc.tokenAtOrAfter(offset) - 1;
        while (i >= s.firstToken() && !doc.tokens.get(i).is(",") && !doc.tokens.get(i).is(":") && !doc.tokens.get(i).is(";")) {
            i--;
        }
        if (i >= s.firstToken() && doc.tokens.get(i).is(",") || i + 1 >= doc.tokens.size()) {
            return false;
        }
        Token opener = doc.tokens.get(i + 1);
        return FrontedClause.subordinator(opener) || "as".equals(opener.lower());
    }

    /** A statement's speaker is named here, or a cue follows the name. */
    private boolean speaks(Name n) {
        if (mentionStarts == null) {
            mentionStarts = new HashSet<>();
            for (Attribution a : doc.attributions) {
                if (a.mention != null) {
                    mentionStarts.add(a.mention.start());
                }
            }
            cueStarts = new BitSet(doc.tokens.size());
            for (Cue c : doc.cues) {
                cueStarts.set(c.firstToken());
            }
        }
        return mentionStarts.contains(n.offset()) || cueStarts.get(doc.tokenAtOrAfter(n.offset() + n.text().length()));
    }
}
