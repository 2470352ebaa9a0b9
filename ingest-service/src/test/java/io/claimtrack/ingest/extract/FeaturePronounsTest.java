package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A newspaper feature's "she said" and "he said" among several people: the person its lede or an apposition
 * introduces, not a deck's description nor the last one quoted.
 */
class FeaturePronounsTest {

    private static final String PROFILE = """
            'I will not be liked': Harwick General's new chief takes charge

            A heart surgeon known for arguing, and for winning, takes over a hospital in trouble

            By Perrin Ashdown

            HARWICK — At 6 a.m. on her second day as chief of staff at Harwick General Hospital, Dr. Ailbhe \
            Vantreight was walking the emergency ward.

            There were 19 patients on stretchers. The longest had waited 30 hours.

            "The waiting room is the whole job," she said later in her office.

            Her daughter, Grania Vantreight-Moss, was in hospital for months as a child. "You count the ceiling \
            tiles," she said.
            """;

    private static final String SURGEON = """
            A surgeon takes charge

            HARWICK — Dr. Ailbhe Vantreight took over Harwick General on Monday.

            "The waiting room is the whole job," she said.

            Her daughter, Grania, a 22-year-old student, said her mother had warned her against medicine. "It did not \
            work," Grania said.

            Vantreight's husband, a music teacher, died in 2019. She rarely talks about it, but she said those months \
            had changed her.
            """;

    private static final String CUP = """
            Harriers win the county cup

            PELLBURY — The Pellbury Harriers beat Ossing 2-1 on Sunday to win the county cup.

            Ossing coach Ilse Brandauer-Finch said the penalty was soft. "It is not a penalty in a final," she said.

            Tavish Ochterlony-Grey, who was booked for protesting, left without speaking to reporters.

            "Tavish is the reason we lost," she said.

            Harriers captain Oriel Varga-Pelling said the team stood behind him. "We would not be here without him," \
            she said.
            """;

    private static final String BOARD = """
            Board votes to close two schools

            HESSING — The school board voted 7-2 on Tuesday to close two schools.

            Board chair Wendell Pellory-Reyes said enrolment had fallen by a third. "We are heating empty rooms," he said.

            Councillor Ines Marlow-Tate said the city would help families with buses. "Nobody will walk four miles," \
            she said.

            Trustee Carmen Quillfeather, whose ward includes Sedgewick Lane, voted against the closures. She said the \
            board had not studied the effect on families.
            """;

    private static final String FERRY = """
            Last crossing for the Kittle Point skipper

            OSMERE — Capt. Anselm Roderick-Tully brought the Kittle Point ferry home for the last time on Friday.

            "I will miss the gulls, not the paperwork," he said.

            Greta Falkenrath-Osei, who runs the cafe by the pier, said the town would throw a party. "We owe him \
            that," she said.

            His wife, Ysmay, rode the final crossing beside him. She said she had never worried about him on the water.

            "On land, yes. He is a terrible driver," she said.

            The county has hired a new skipper, Wenna Trewhella-Grange, who has worked on tugboats for 12 years. She \
            said she had been training since June.
            """;

    private static final String TRIAL = """
            Former councillor convicted of bribery

            TELLBRIDGE — A jury on Friday convicted former councillor Odell Pryderi of taking bribes.

            "This is a message to every official," prosecutor Lucas Feringa-Obst told reporters.

            The case rested on the testimony of the developer, Madoc Blethyn, who pleaded guilty last year. He told \
            jurors that he had handed the councillor envelopes of cash.
            """;

    private static final String HIRED_BY_SOMEONE = """
            Mayor names a new clerk

            Councillor Petra Lindgren-Oake said on Monday that the budget was sound. "We kept every branch open," she said.

            Mayor Ingrid Halvorsen-Tate hired a new clerk, Wenna Trewhella-Grange, in June. She said the city needed \
            someone who knew the archive.
            """;

    @Test
    void theLedesSubjectAfterTheDatelineTakesTheFirstShe() {
        // "Ailbhe" is on no list of first names: only the subject's place after the dateline says it is her.
        assertSpeaker(extract(PROFILE), "\"The waiting room is the whole job,\"", "Ailbhe Vantreight");
    }

    @Test
    void theKinOfTheOneAPronounStandsForIsNoSubjectForThatPronoun() {
        // "Her daughter" is told of: "she" goes on with the one whose daughter she is.
        assertSpeaker(extract(PROFILE), "\"You count the ceiling tiles,\"", "Ailbhe Vantreight");
    }

    @Test
    void thePossessorOpeningTheSentenceTakesThePronounItsPossessedCannotTake() {
        // "Her husband" cannot be "she": the sentence is about Vantreight, not the daughter quoted before it.
        assertSpeaker(extract(SURGEON), "those months had changed her", "Ailbhe Vantreight");
    }

    @Test
    void aQuotationNamingSomeoneIsNotTheirs() {
        // The sentence before opens with him, and no first name says he is a man: the quotation naming him does.
        assertSpeaker(extract(CUP), "\"Tavish is the reason we lost,\"", "Ilse Brandauer-Finch");
    }

    @Test
    void anObjectPronounInTheSpeakersOwnSentenceSaysNothingOfTheirGender() {
        // "behind him" is Tavish: "Oriel" is on no list, so only that "him" would have made the captain a man.
        assertSpeaker(extract(CUP), "\"We would not be here without him,\"", "Oriel Varga-Pelling");
    }

    @Test
    void aSubjectWithAWhoseClauseStillOpensItsSentence() {
        assertSpeaker(extract(BOARD), "the board had not studied the effect on families", "Carmen Quillfeather");
    }

    @Test
    void aFirstNameAloneThatAKinWordIntroducesTakesTheOtherGendersPronoun() {
        // "His wife": "she" cannot be the one whose wife she is, so it is Ysmay, a name on no list, used once.
        AnnotatedDocument doc = extract(FERRY);
        assertSpeaker(doc, "she had never worried about him on the water", "Ysmay");
        assertSpeaker(doc, "\"On land, yes. He is a terrible driver,\"", "Ysmay");
    }

    @Test
    void aPersonIntroducedInAppositionToAnObjectTakesTheNextPronoun() {
        assertSpeaker(extract(FERRY), "she had been training since June", "Wenna Trewhella-Grange");
    }

    @Test
    void aPersonIntroducedAfterAPrepositionTakesTheNextPronoun() {
        // "developer" is on no list of roles: the full name after "the developer," shows a person.
        assertSpeaker(extract(TRIAL), "he had handed the councillor envelopes of cash", "Madoc Blethyn");
    }

    @Test
    void anObjectIntroducedBySomeoneNamedStaysTheirObject() {
        // The mayor opening the sentence is its subject, so the pronoun is hers, not the clerk's.
        assertSpeaker(extract(HIRED_BY_SOMEONE), "the city needed someone who knew the archive", "Ingrid Halvorsen-Tate");
    }

    @Test
    void aBodysOwnRoleIntroducesThePersonNamedAfterIt() {
        // "its new conductor": a body's possessive introduces as "his wife" does, past the man quoted before.
        assertSpeaker(extract("""
                Orchestra names a conductor

                Board chair Leopold Varnsworth called the search "long and worth it."

                The orchestra then presented its new conductor, Teodor Blackwood-Asante, who led the youth ensemble for a \
                decade. He said the first season would open with music by local composers.
                """), "the first season would open with music by local composers", "Teodor Blackwood-Asante");
    }

    @Test
    void aNamedPersonsKinIntroducesTheOneNamedAfterIt() {
        // "Jorund's granddaughter, Sunniva,": a name's possessive owns the kin word, whose gender the first name takes.
        assertSpeaker(extract("""
                Ferry kiosk changes hands

                Kiosk owner Jorund Aaslie-Baptiste said he would retire in May. "Forty summers is enough," he said.

                Jorund's granddaughter, Sunniva, will run the kiosk from June. She said the menu would stay the same.
                """), "the menu would stay the same", "Sunniva");
    }
}
