package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Her father told a jury Monday that Leni had been afraid of the road. 'She begged me for a ride,' Osric Tamberlane
 * said.": a newspaper brings a victim's or defendant's kin in by a possessive kin word and names them only as they speak
 * next. The kin is the person the next statement names, bare and for the first time, within the paragraph or the one
 * after, when the kin word's sex fits; a name with a role ("Prosecutor Ada Holm") or set off with one after it ("Ivo
 * Brandt, a neighbour,") is someone else. Part of {@link OwnEvidence}, after the kin-back appositions of {@link PossessedRoles}.
 */
final class KinNamedAfter {

    private static final Pattern POSSESSED_KIN = Pattern.compile("(?i)(?:her|his|their) ([\\p{L}-]+)");
    /** ", a neighbour,", ", the driver's lawyer,": the name's own description, set off after it. */
    private static final Pattern SET_OFF = Pattern.compile("^, ((?:(?i:a|an|the|his|her|their)|\\p{Lu}[\\p{L}-]*['’]s?) [^,.]{1,40})[,.]");
    /** How far after a name its set-off description is read: a comma, four words and a comma. */
    private static final int SET_OFF_CHARS = 48;
    /** The statement naming the kin may open the next paragraph: "... told a jury.\n\n'She begged me,' X said." */
    private static final int BLOCKS_AFTER = 1;

    private KinNamedAfter() {
    }

    /** The name of the kin the {@code i}th statement's possessive description speaks as; null if none. */
    static String named(AnnotatedDocument doc, NameIndex names, int i) {
        Attribution a = doc.attributions.get(i);
        Matcher kin = POSSESSED_KIN.matcher(a.mention.text());
        if (!kin.matches() || !PossessedRoles.KIN.contains(kin.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Attribution next = nextOwn(doc.attributions, i);
        Mention m = next == null || next.block - a.block > BLOCKS_AFTER ? null : next.mention;
        if (m == null || !m.hasName() || m.kind() != SpeakerKind.PERSON || !m.role().isEmpty()
                || otherRole(doc, m, kin.group(1)) || namedBefore(doc, m.name(), a.mention.start())) {
            return CoupleSpouse.named(doc, names, a.mention);
        }
        String full = names.expand(m.name(), SpeakerKind.PERSON, m.start());
        Gender gender = Gender.ofWord(kin.group(1).toLowerCase(Locale.ROOT));
        return gender == null || gender.fits(names.gender(full)) ? full : null;
    }

    /** "Ivo Brandt, a neighbour,": a description set off after the name that gives no kin word of the possessive's. */
    private static boolean otherRole(AnnotatedDocument doc, Mention m, String kin) {
        Matcher set = SET_OFF.matcher(doc.text.substring(m.end(), Math.min(doc.text.length(), m.end() + SET_OFF_CHARS)));
        return set.find() && !Name.words(set.group(1)).contains(kin.toLowerCase(Locale.ROOT));
    }

    /**
     * The next statement of its own after the {@code i}th: not nested in another's content, nor a quotation that goes on
     * with the kin's words.
     */
    private static Attribution nextOwn(List<Attribution> all, int i) {
        for (int j = i + 1; j < all.size(); j++) {
            if (!all.get(j).nested && all.get(j).antecedent == null && all.get(j).mention != null) {
                return all.get(j);
            }
        }
        return null;
    }

    /**
     * Whether the name's surname comes before {@code offset}: a person the story brought in already. Kin share a family
     * name: "Ethan Lisowski ..., his mother told a jury. 'He was careful,' Marta Lisowski said" is someone new, the
     * surname given before only with another first name; a bare "Lisowski said" is the person named before.
     */
    private static boolean namedBefore(AnnotatedDocument doc, String name, int offset) {
        List<String> words = Name.words(name);
        String surname = words.get(words.size() - 1);
        for (int j = Name.lastBefore(doc.names, offset); j >= 0; j--) {
            List<String> earlier = doc.names.get(j).words();
            if (earlier.contains(surname) && (words.size() == 1 || earlier.size() == 1 || earlier.get(0).equals(words.get(0)))) {
                return true;
            }
        }
        return false;
    }
}
