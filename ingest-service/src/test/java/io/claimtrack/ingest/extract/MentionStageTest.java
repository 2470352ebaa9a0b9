package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document's names, found once: role split off, kind, and a title's aside. */
class MentionStageTest {

    private static List<String> names(String text) {
        AnnotatedDocument doc = Pipeline.through(MentionStage.class, text);
        List<String> out = new ArrayList<>();
        for (Name n : doc.names) {
            out.add(n.text() + " | " + n.role() + " | " + n.kind() + " | " + doc.text.substring(n.offset()).startsWith(n.text()));
        }
        return out;
    }

    @Test
    void namesWithTheirTitlesInTextOrder() {
        assertEquals(List.of("Ingrid Holm | Transport Minister | PERSON | false",
                "European Rail Alliance |  | ORGANIZATION | true"),
                names("Transport Minister Ingrid Holm met the European Rail Alliance in the port."));
    }

    @Test
    void titleBeforeAnAsideGoesToTheNameInIt() {
        // Once with the title, once as the name itself.
        assertEquals(List.of("Amara Osei | Minister of Water Resources | PERSON | true", "Amara Osei |  | PERSON | true"),
                names("The Minister of Water Resources, Amara Osei, visited the dam."));
    }

    @Test
    void aMembersHonBeforeTheNameInATitlesAsideIsNoPartOfIt() {
        assertEquals(List.of("Ivo Brandt-Achterberg | Minister of Harbours | PERSON | true", "Hon. Ivo Brandt-Achterberg |  | PERSON | true"),
                names("The Minister of Harbours, Hon. Ivo Brandt-Achterberg, opened the quay."));
    }

    @Test
    void sentenceOpenersAreNoNames() {
        assertEquals(List.of("Brandt |  | PERSON | true"), names("Speaking in the port, Brandt praised the crews."));
    }

    @Test
    void nameSurnameIndexExpandsToTheFullestName() {
        AnnotatedDocument doc = Pipeline.through(MentionStage.class,
                "Ingrid Holm met the European Rail Alliance. Holm left early.");
        NameIndex index = new NameIndex(doc.names, Lexicon.get());

        assertEquals("Ingrid Holm", index.expand("Holm", SpeakerKind.PERSON, doc.text.lastIndexOf("Holm")));
        assertEquals("European Rail Alliance", index.expand("ERA", SpeakerKind.ORGANIZATION, 0));
        assertEquals("Brandt", index.expand("Brandt", SpeakerKind.PERSON, 0));
    }

    /**
     * Round 47: a title whose field is joined by "and" ends in a name whose first name is on no list; the text giving the
     * two words on their own elsewhere makes them the name, so "the minister" is hers. A field's last words the text
     * gives after "for" ("Funds for Rural Affairs") stay the title's.
     */
    @Test
    void aLongTitleEndsInTheNameTheTextGivesAlone() {
        AnnotatedDocument doc = Pipeline.extract("""
                Ministry announces school repairs

                Minister of Education and Science Zorica Almend said the repairs would start in June.

                "No child should learn under a leaking roof," the minister said.

                Zorica Almend added that the money would come from the reserve.
                """);
        Pipeline.assertSpeaker(doc, "\"No child should learn under a leaking roof,\"", "Zorica Almend");
        assertTrue(names("Minister of Trade and Rural Affairs said so. Funds for Rural Affairs will rise.").stream()
                .noneMatch(n -> n.startsWith("Rural Affairs")));
    }

    /**
     * Round 57 (leftover): a heading's title word alone before the two words ("Minister Halvard Oyen-Castellano meets")
     * gives them as a name as the words alone do, so the long title below ends in it and the sides of the meeting are
     * the minister and his guest. A title joined to a body before the words ("Trade and Rural Affairs") stays whole.
     */
    @Test
    void aLongTitleEndsInTheNameAHeadingGivesAfterTheTitleWordAlone() {
        AnnotatedDocument doc = Pipeline.extract("""
                Ministry of Fisheries and Coastal Affairs of Brenvik

                Readout: Minister Halvard Oyen-Castellano meets the leadership of the Coastal Fishers' Association
                Press Office | 3 May 2038

                Minister of Fisheries and Coastal Affairs Halvard Oyen-Castellano today received a delegation of the \
                Coastal Fishers' Association, led by its Chair, Ingrid Moll-Adeyemi, at the Ministry in Sorvik.

                The sides agreed to set up a joint committee on harbour dues, which will meet for the first time in July.
                """);
        Pipeline.assertSpeaker(doc, "to set up a joint committee on harbour dues, which will meet for the first time in July",
                "Halvard Oyen-Castellano and Ingrid Moll-Adeyemi");
        assertTrue(names("Minister of Trade and Rural Affairs said so. The Trade and Rural Affairs Committee met.").stream()
                .noneMatch(n -> n.startsWith("Rural Affairs")));
    }

    /**
     * Round 56: an office's chain of capitalised words and connectors runs past a plain phrase's twelve tokens, so
     * the speaker is the name it ends in, not the title's opening words nor another minister named before.
     */
    @Test
    void aVeryLongOfficeTitleReachesItsHoldersName() {
        AnnotatedDocument doc = Pipeline.extract("""
                Governor of the Pelmar Region Ilya Dovrenko-Mensah held a meeting on the spring floods.

                The Governor instructed the Minister of Health of the Pelmar Region Oksana Lemberg-Tetteh to check the clinics.

                The Acting Head of the Department of Road Facilities and Transport of the Administration of the City of Korvask Marta Selivanova-Boateng said that nine bridges would be inspected before April.

                The Minister of Energy and Tariff Regulation of the Pelmar Region Pavel Gruzdev-Owusu said that the water tariff would not rise this year.
                """);
        Pipeline.assertSpeaker(doc, "nine bridges would be inspected before April", "Marta Selivanova-Boateng");
        Pipeline.assertSpeaker(doc, "the water tariff would not rise this year", "Pavel Gruzdev-Owusu");
    }

    /**
     * Round 52: the name a long joined title ends in is the holder's too when the text gives its surname after the
     * title's word alone ("Minister Osk"), so a readout's "The Minister" is the ministry's own minister, not the one
     * she spoke with.
     */
    @Test
    void aLongTitleEndsInTheNameWhoseSurnameTheTitleTakesAlone() {
        AnnotatedDocument doc = Pipeline.extract("""
                MINISTRY OF TRADE AND INDUSTRY
                Readout

                4 March 2036

                Minister of Trade and Industry Tordis Osk spoke by telephone today with Pellia's Minister of Commerce, \
                Daniel Osei, ahead of the joint trade council in April.

                Minister Osk thanked Minister Osei for Pellia's support during the port strike.

                The Minister informed Minister Osei that exports of machine parts to Pellia had fallen by a fifth since 2034.
                """);
        Pipeline.assertSpeaker(doc, "exports of machine parts to Pellia had fallen by a fifth since 2034", "Tordis Osk");
    }

    @Test
    void aPluralTitleBeforeAListOfSurnamesIsNoPartOfTheFirstName() {
        AnnotatedDocument doc = Pipeline.extract("""
                Members present: Senators Dunmore (Chair), Pell, Quarry

                CHAIR (Senator Dunmore): For the record, the committee received 40 submissions on the ferry levy.
                """);
        assertTrue(doc.names.stream().noneMatch(n -> n.text().startsWith("Senators")), doc.names.toString());
        Pipeline.assertSpeaker(doc, "For the record, the committee received 40 submissions on the ferry levy", "Dunmore");
    }

    /**
     * "Parc zoologique de Ferrand": a body's word in another language, in lower case inside its name, is part of the
     * name, which "the zoo" then describes.
     */
    @Test
    void aBodysWordInAnotherLanguageInLowerCaseIsPartOfItsName() {
        assertEquals(List.of("Parc zoologique de Ferrand |  | ORGANIZATION | true"),
                names("Three otters arrived at the Parc zoologique de Ferrand on Friday."));
        String text = """
                Two snow leopards will move to the Parc zoologique de Ferrand next spring, the zoo said on Monday.
                """;
        assertEquals("Parc zoologique de Ferrand",
                Pipeline.statement(Pipeline.through(ResolutionStage.class, text), "Two snow leopards will move to the Parc zoologique de Ferrand next spring").speaker);
    }

    /**
     * Round 56: the capitalised words after a sentence's opening "At" and before its comma are a place, no person's name,
     * so an indefinite description after them goes to the person named with it below, not to the place.
     */
    @Test
    void aPlaceAfterAnOpeningAtIsNoPersonsName() {
        assertEquals(List.of(), names("At Fairview High, a math teacher said the training was too short."));
        String text = """
                At Fairview Middle School, where half the staff are new, a 29-year-old math teacher said the training \
                was too short. "We learned on the job," said the teacher, Dev Anand-Morrow.
                """;
        assertEquals("Dev Anand-Morrow",
                Pipeline.statement(Pipeline.through(ResolutionStage.class, text), "the training was too short").speaker);
    }
}
