package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 44: a transcript label with an office in lower-case words ("Deputy Mayor for Transport Ilse Varga:"),
 * a decoration after the name ("Firefighter Ola Brenn, Star of Courage, Second Class:") or a caller's first name and
 * home ("Boris, Eastgate:") is its speaker's turn; an address by first name ("Rita, the ...") is cut from it; "Venue:",
 * "Note:", "Photo:" and "Updated:" stay none.
 */
class LongLabelTurnsTest {

    private static final String CALL_IN = """
            Evening line with the Mayor

            Mayor Tomas Arvid took questions from listeners on city radio on Tuesday, joined by two of his deputies.

            Host: Our first caller is Rita, from the harbour district.

            Rita, Harbour: The night buses on my street have been late every week since March, and I would like to know why.

            Deputy Mayor for Transport Ilse Varga: Rita, the new timetable starts in June and adds two buses on your route.

            Mayor: Good evening, Rita. We have also ordered ten new buses for the harbour lines.

            Boris, Eastgate: The new library is wonderful; my children go there every afternoon.

            Dasha, Novy Bereg: The ferry to the island has not run since Monday, and the shop shelves are empty.

            Head of the Parks Office Karl Emmet: Boris, the library garden opens next month as well.

            Venue: Hall 2, City Radio.

            Note: The transcript has been shortened.

            Photo: Ilse Varga, City Radio

            Updated: 4 June
            """;

    private static final String CEREMONY = """
            Awards evening at the Palace

            The winners of the civic awards were honoured at the palace on Saturday.

            President of Norland Arne Falk: Good evening, friends! Tonight we honour people who kept our towns running through a hard year.

            Every one of them chose to stay at work when it would have been easier to go home.

            Our country owes them more than a medal, and the budget next year will show it.

            Firefighter Ola Brenn, Star of Courage, Second Class: Mr President, ladies and gentlemen. My crew answered every call in the flood, and not one house was lost.

            Teacher Ann Dale: Thank you. Our school stayed open through the whole winter, and every pupil sat the exams.
            """;

    /** Round 51: a press conference's "DR. FIRST LAST, Office:" label, the title abbreviated, heads its speaker's turn. */
    @Test
    void anAbbreviatedTitleNameAndOfficeLabelTheTurn() {
        AnnotatedDocument doc = extract("""
                Press conference on the mumps outbreak

                MINISTER HALVORSEN: Good morning. We have 80 cases, and I will now ask Dr. Rossel to give the details.

                DR. ANJA ROSSEL, Director of Vaccination: Of the 80 cases this year, 61 were in schools. We expect more in May.

                DR. ROSSEL: The vaccine stocks are sufficient.

                DR. OLEK BRUNVAT, Chief Epidemiologist: Most of the cases are children under ten.
                """);
        assertSpeaker(doc, "Of the 80 cases this year, 61 were in schools. We expect more in May", "DR. ANJA ROSSEL");
        assertSpeaker(doc, "Good morning. We have 80 cases, and I will now ask Dr. Rossel to give the details", "HALVORSEN");
        // A name the lists do not know still heads the turn after its abbreviated title.
        assertSpeaker(doc, "Most of the cases are children under ten", "DR. OLEK BRUNVAT");
    }

    @Test
    void anOfficeWithLowerCaseWordsOrADecorationLabelsItsNamedSpeakersTurn() {
        AnnotatedDocument call = extract(CALL_IN);
        assertSpeaker(call, "the new timetable starts in June and adds two buses on your route", "Ilse Varga");
        assertSpeaker(call, "the library garden opens next month as well", "Karl Emmet");
        // A one-word title label between callers' labels is the titled person the opening named, not the next caller.
        assertSpeaker(call, "Good evening, Rita. We have also ordered ten new buses for the harbour lines", "Tomas Arvid");
        AnnotatedDocument ceremony = extract(CEREMONY);
        assertSpeaker(ceremony, "My crew answered every call in the flood, and not one house was lost", "Ola Brenn");
    }

    @Test
    void aSpeechUnderALongLabelGoesOnOverItsParagraphs() {
        AnnotatedDocument ceremony = extract(CEREMONY);
        Attribution speech = Pipeline.statement(ceremony, "Good evening, friends! Tonight we honour people who kept our "
                + "towns running through a hard year.\n\nEvery one of them chose to stay at work when it would have been "
                + "easier to go home.\n\nOur country owes them more than a medal, and the budget next year will show it");
        assertEquals("Arne Falk", speech.speaker);
    }

    @Test
    void aCallersFirstNameAndHomeLabelTheirTurn() {
        assertSpeaker(extract(CALL_IN), "The new library is wonderful; my children go there every afternoon", "Boris");
        // A home of two capitalised words after the comma is a place, not the caller's name.
        assertSpeaker(extract(CALL_IN), "The ferry to the island has not run since Monday, and the shop shelves are empty", "Dasha");
    }

    @Test
    void notesPhotoCreditsAndDatesStayNone() {
        List<String> contents = Pipeline.contents(extract(CALL_IN));
        for (String c : contents) {
            assertFalse(c.contains("Hall 2") || c.contains("shortened") || c.contains("City Radio") || c.contains("4 June"), c);
        }
    }

    /**
     * Round 46 (set AM's A4): "Amir, School of Law:" is a student's turn though no list has the first name, and what he
     * tells before asking is his ("Thank you." kept, as a greeting opening a turn is); the moderator's "Next, Petra.",
     * "We have time for one more.", "A question from the School of Law." and a lone "Amir." calling the next labelled
     * speaker say nothing and end her turn, so it does not swallow his. A question alone stays none, a student's "I have
     * to say that many of us feel ..." before a question is his own; a chair's report of a question stays hers.
     */
    @Test
    void aStudentLabelledWithHisFacultyAssertsAndTheModeratorsCallsSayNothing() {
        AnnotatedDocument doc = extract("""
                Mayor Hedda Lorne meets students of Brevik College

                On 3 March, Mayor Hedda Lorne visited Brevik College. The meeting was chaired by Professor Ulla Brandt.

                Ulla Brandt: Next, Petra.

                Petra, Faculty of Arts: Can the buses run later?

                Hedda Lorne: Yes. From May the last bus will leave at midnight, and we will add a night line on Fridays.

                Ulla Brandt: We have time for one more. A question from the School of Law. Amir.

                Amir, School of Law: Thank you. I work two jobs to pay my fees. Will tuition rise next year?

                Hedda Lorne: No. Tuition will stay as it is for the next two years.

                Ulla Brandt: Next, Idris.

                Idris, Department of History: I have to say that many of us feel the library closes too early. Will \
                it open later?

                Ulla Brandt: A question from the School of Arts was never answered, and I will put it to the council.
                """);
        assertEquals(List.of("Hedda Lorne | Yes. From May the last bus will leave at midnight, and we will add a night line on "
                + "Fridays | : | indirect",
                "Amir | Thank you. I work two jobs to pay my fees | : | indirect",
                "Hedda Lorne | No. Tuition will stay as it is for the next two years | : | indirect",
                "Idris | I have to say that many of us feel the library closes too early | : | indirect",
                "Ulla Brandt | A question from the School of Arts was never answered, and I will put it to the council | : | indirect"),
                statements(doc));
    }
}
