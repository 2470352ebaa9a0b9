package io.claimtrack.ingest.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names a text makes a business's by what it says of them rather than by a word for one: their shares trade, they
 * operate, own or made a thing, or they carry a lower-case legal ending; part of {@link Businesses}.
 */
final class TradedNames {

    /** "shares of " or "Shares in " right before a name: what trades is a business. */
    private static final Pattern SHARES_BEFORE = Pattern.compile("\\b[Ss]hares (?:of|in) $");
    /**
     * "operated by ", "owned by ", "run by " or "managed by " right before a name: "The Meriweather Star, operated by Grey
     * Plover Lines", "The line will be run by Tessby Rail".
     */
    private static final Pattern OPERATED_BEFORE = Pattern.compile("\\b(?:operated|owned|run|managed) by $");
    /**
     * A relative clause right after a name that says it built, made, ran or supplied something: "Corran Rail, which built
     * the trams," is their maker, as "run by Tessby Rail" is the line's operator; read within
     * {@link ResolutionWindows#APPOSITION_AFTER_CHARS}.
     */
    private static final Pattern MADE_AFTER = Pattern.compile("^, which (?:built|builds|made|makes|manufactured|manufactures|"
            + "operated|operates|ran|runs|owned|owns|supplied|supplies|assembled|assembles|produced|produces) ");
    /**
     * "'s shares" or " shares" right after a name: "Dulmaro Biologics shares fell"; the bare form only after a name of
     * several words, since a word that opens a sentence reads as one ("Global shares rose", "Bank shares fell").
     */
    private static final Pattern SHARES_AFTER = Pattern.compile("^['’]s shares\\b");
    private static final Pattern BARE_SHARES_AFTER = Pattern.compile("^ shares\\b");
    /**
     * A company's legal ending written in lower case right after a name ("Lorvik Gas plc"): no capitalised run takes it
     * into the name, yet it says the name is a business's as "Inc." does.
     */
    private static final Pattern LEGAL_ENDING_AFTER = Pattern.compile("^ (?:plc|ltd|llc)\\b");

    private TradedNames() {
    }

    /**
     * The names, not a person's, the text speaks of the shares of ("shares of Tolvane Telecom", "Dulmaro Biologics
     * shares") or as what operates, owns or made a thing ("a ferry operated by Grey Plover Lines", "Corran Rail, which
     * built the trams,"), or gives a lower-case legal ending ("Lorvik Gas plc").
     */
    static Set<String> of(AnnotatedDocument doc, Lexicon lexicon) {
        Set<String> out = new HashSet<>();
        for (Name n : doc.names) {
            int end = n.offset() + n.text().length();
            String after = doc.text(end, Math.min(doc.text.length(), end + ResolutionWindows.WORD_BEFORE_CHARS));
            // No person's name takes a legal ending: "Lorna Foods plc" is a business though a first name opens it.
            if (LEGAL_ENDING_AFTER.matcher(after).find()) {
                out.add(n.text());
                continue;
            }
            if (lexicon.isFirstName(n.words().get(0)) || lexicon.isPlace(n.text())) {
                continue;
            }
            String before = doc.text(Math.max(0, n.offset() - ResolutionWindows.WORD_BEFORE_CHARS), n.offset());
            String clause = doc.text(end, Math.min(doc.text.length(), end + ResolutionWindows.APPOSITION_AFTER_CHARS));
            if (SHARES_BEFORE.matcher(before).find() || OPERATED_BEFORE.matcher(before).find() || MADE_AFTER.matcher(clause).find()
                    || SHARES_AFTER.matcher(after).find() || n.words().size() > 1 && BARE_SHARES_AFTER.matcher(after).find()) {
                out.add(n.text());
            }
        }
        return out;
    }
}
