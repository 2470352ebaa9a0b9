package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 49: minutes name who attended in their attendance lines, which say nothing themselves, and then call the
 * officers by office alone; a motion's label says nothing either.
 */
class AttendanceRolesTest {

    private static final String MINUTES = """
            HARBOUR VALE SCHOOL DISTRICT NO. 7
            BOARD OF TRUSTEES
            MINUTES OF THE REGULAR MEETING

            Present: Trustee Nora Quill (Chair), Trustee Ben Adair (Vice-Chair), Trustee Lise Varga
            Regrets: Trustee Amos Fell
            Staff: Dr. Omar Pritchard, Superintendent of Schools; Hana Yost, Treasurer; Carl Benn, Recording Secretary

            1. DELEGATIONS
            Mr. Tobias Rook, speaking for the Parents' Council, told the Board that the new bell schedule would leave \
            buses idle for an hour.

            Trustee Varga asked how much the schedule would cost. The Treasurer replied that the schedule would cost \
            about $80,000 a year.

            2. SUPERINTENDENT'S REPORT
            The Superintendent reported that enrolment would rise by 40 students in the fall. He noted that two \
            portable classrooms would be needed.

            3. BUSINESS
            MOVED (Adair) and SECONDED (Varga): THAT the Board adopt the schedule.
            AMENDMENT MOVED (Adair): THAT the schedule apply to secondary schools only. No seconder.
            Main motion CARRIED.

            4. QUESTION PERIOD
            Ms. Ada Fenn asked why the schedule had changed. The Chair responded that a survey would go to all families \
            in June.
            """;

    @Test
    void theAttendanceLinesDefineWhomEachOfficeStandsFor() {
        AnnotatedDocument doc = extract(MINUTES);

        assertEquals("Hana Yost", speakerOf(doc, "the schedule would cost"));
        assertEquals("Omar Pritchard", speakerOf(doc, "enrolment would rise"));
        assertEquals("Omar Pritchard", speakerOf(doc, "two portable classrooms"));
        assertEquals("Nora Quill", speakerOf(doc, "a survey would go"));
    }

    @Test
    void theAttendanceLinesAndAMotionsLabelAreNoStatements() {
        AnnotatedDocument doc = extract(MINUTES);

        for (Attribution a : doc.attributions) {
            String content = a.content(doc.text);
            if (content.contains("Superintendent of Schools") || content.contains("Amos Fell") || content.startsWith("THAT")) {
                fail("a line of the minutes' furniture read as a statement: " + content);
            }
        }
    }

    @Test
    void anOfficeAfterACommaOrInBracketsIsDefinedAndSoIsItsHeadBeforeOf() {
        assertEquals(Map.of("chair", "Trustee Ida Moss", "treasurer", "Ray Quinn", "director of finance", "Dr. Lea Orme",
                "director", "Dr. Lea Orme"), AttendanceRoles.of("""
                Members present: Trustee Ida Moss (Chair), Trustee Sam Dale
                Also in attendance: Dr. Lea Orme, Director of Finance; Ray Quinn, Treasurer
                The Chair said the budget was late.
                """));
        assertEquals(Map.of(), AttendanceRoles.of("Present at the launch were the mayor and two councillors."));
    }

    /**
     * Round 54: "The Director of Finance presented X. She reported that A": the pronoun goes on with the office the
     * staff line defines, whose holder's first name tells no gender, not with a councillor of the attendance line.
     */
    @Test
    void aPronounAfterAnOfficeGoesOnWithItsHolderOfTheStaffLine() {
        AnnotatedDocument doc = extract("""
                Town of Wendham
                Minutes of the Special Meeting of Council

                Present: Mayor Ada Kell (Chair); Councillors Rosa Ruiz, Tomas Dahl, Ines Morven
                Staff: Piet Lamm, Town Manager; Kestra Vollan, Director of Finance; Lars Quist, Town Clerk

                1. Call to Order
                The Chair called the meeting to order at 7:01 p.m.

                2. Draft Budget
                The Director of Finance presented the draft budget. She reported that the levy would rise 3.8 percent. \
                She noted that the pool would close in winter.
                """);

        assertEquals("Kestra Vollan", speakerOf(doc, "the levy would rise"));
        assertEquals("Kestra Vollan", speakerOf(doc, "the pool would close"));
    }

    /**
     * Round 56: a witnesses' line and a line of others present name their people under the body they come from
     * ("Board of Ports: NAME, Deputy Director; NAME, Clerk."); each office is read whatever its place in the list.
     */
    @Test
    void aWitnessLineWithItsBodysLabelDefinesEachOffice() {
        AnnotatedDocument doc = extract("""
                Legislative Council of Orvale
                Standing Committee on Harbours

                Minutes of Proceedings
                Thursday, June 3, 2038

                Members present: Tilde Marsh (Chair); Ruben Okafor (Vice-Chair); Sanna Lindqvist.

                Also present: Office of the Harbour Ombud: Greta Vollmer-Ash, Harbour Ombud; Piet Arendse, Analyst.

                Witnesses: Board of Ports: Dr. Mira Tallis-Oyelaran, Deputy Director; Oren Kask, Clerk.

                The Harbour Ombud noted that berth fees had doubled since 2035.

                The Deputy Director stated that the Board had accepted the Ombud's findings. She advised that new fees \
                would be published in July.
                """);

        assertEquals("Greta Vollmer-Ash", speakerOf(doc, "berth fees had doubled"));
        assertEquals("Mira Tallis-Oyelaran", speakerOf(doc, "the Board had accepted"));
        assertEquals("Mira Tallis-Oyelaran", speakerOf(doc, "new fees would be published"));
        assertEquals(Map.of("deputy director", "Dr. Mira Tallis-Oyelaran", "clerk", "Oren Kask"),
                AttendanceRoles.of("Witnesses: Board of Ports: Dr. Mira Tallis-Oyelaran, Deputy Director; Oren Kask, Clerk."));
    }

    /**
     * Round 56, lead: a staff line gives each office with its department after a second comma ("NAME, General Manager,
     * Parks; NAME, Director, Road Crews"): the office is the part before the department, and "The General Manager"
     * later is its holder, not the department's words; a list of names
     * after a plural title defines no office.
     */
    @Test
    void anOfficeFollowedByItsDepartmentIsDefined() {
        // Round 57: with its department too, as it may be named again ("the Director, Road Crews, advised"); round 61:
        // "Town Clerk" is "the Clerk" too.
        assertEquals(Map.of("general manager", "Tova Brennick-Sall", "director", "Ansel Ruddy", "town clerk", "Mae Oduro",
                        "clerk", "Mae Oduro", "general manager, parks", "Tova Brennick-Sall", "director, road crews", "Ansel Ruddy"),
                AttendanceRoles.of("Staff: Tova Brennick-Sall, General Manager, Parks; Ansel Ruddy, Director, Road Crews; "
                        + "Mae Oduro, Town Clerk"));
        assertEquals(Map.of("mayor", "Ada Kell"), AttendanceRoles.of(
                "Present: Ada Kell, Mayor; Councillors Rosa Ruiz, Tomas Dahl, Ines Morven and Bo Lind"));
        AnnotatedDocument doc = extract("""
                Village of Lintmoor
                Parks Committee
                Minutes of Meeting No. 4

                Present: Councillor Ida Rask (Chair); Councillor Bo Feld
                Staff: Tova Brennick-Sall, General Manager, Parks; Ansel Ruddy, Director, Road Crews

                1. Reports
                The General Manager presented the report. She advised that the splash pad would open in June.
                """);
        assertEquals("Tova Brennick-Sall", speakerOf(doc, "the splash pad would open"));
    }

    /**
     * Round 57: a staff line's "NAME, Manager, Urban Forestry" defines the office with its department too, so "the
     * Manager, Urban Forestry, advised" is that manager's (was the department's name).
     */
    @Test
    void anOfficeNamedAgainWithItsDepartmentIsItsHolders() {
        AnnotatedDocument doc = extract("""
                Town of Elk Harbour
                Parks Committee
                Minutes of Meeting No. 2038-02

                Present: Councillor Ida Varnes (Chair); Councillor Obi Lantern-Haig
                Staff: Nadia Follet-Osei, Director, Parks and Forestry; Tomas Brekke-Ayodele, Manager, Urban Forestry; Ilse Marr, Deputy Clerk

                1. Reports
                The Director presented the report. She advised that the town had lost 400 ash trees to the borer since 2035.

                In response to a question from Councillor Lantern-Haig, the Manager, Urban Forestry, advised that replanting would take until 2041.
                """);

        assertEquals("Tomas Brekke-Ayodele", speakerOf(doc, "replanting would take"));
    }

    /**
     * Round 61: "City Treasurer" is "the Treasurer", "Fire Chief" "the Chief"; a title's own word ("Deputy Clerk") or
     * two holders of one word define no bare office.
     */
    @Test
    void anOfficeNamedByItsBodyIsItsLastWordToo() {
        assertEquals(Map.of("city treasurer", "Mirela Oduya-Brandt", "treasurer", "Mirela Oduya-Brandt", "fire chief",
                        "Tom Kell", "police chief", "Ada Pruitt", "deputy clerk", "Ines Lomm"),
                AttendanceRoles.of("Staff: Mirela Oduya-Brandt, City Treasurer; Tom Kell, Fire Chief; Ada Pruitt, Police Chief; "
                        + "Ines Lomm, Deputy Clerk"));
        AnnotatedDocument doc = extract("""
                Town of Ferrin Cove
                Budget Committee
                Minutes

                Present: Councillor Ruth Olander (Chair); Councillor Amos Tigh
                Staff: Mirela Oduya-Brandt, City Treasurer; Tom Kell, Fire Chief

                The Treasurer cautioned that the reserve would fall below its floor.
                """);
        assertEquals("Mirela Oduya-Brandt", speakerOf(doc, "the reserve would fall"));
    }
}
