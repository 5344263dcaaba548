<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Agenda</name>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="124" />
            <source>Break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="126" />
            <source>Talk / discussion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="138" />
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="142" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="156" />
            <source>%1, line %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="162" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="352" />
            <source>Choose agenda…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="353" />
            <source>Use an agenda template for this workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="380" />
            <source>◀ Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="381" />
            <source>Go back one step (Ctrl+Shift+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="383" />
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="384" />
            <source>Go to the next step (Ctrl+Shift+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="393" />
            <source>Speaker notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="411" />
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="424" />
            <source>Move the selected step up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="427" />
            <source>Move the selected step down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="430" />
            <source>Add a step after the selected one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="433" />
            <source>Remove the selected step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="437" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="438" />
            <source>Timebox of the selected step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="450" />
            <source>Save as template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="452" />
            <source>Keep this agenda for future workshops (in your Point B data folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="511" />
            <source>No agenda yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="514" />
            <source>Choose an agenda template, or add steps with +.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="523" />
            <source>Step %1 of %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="533" />
            <source>Next: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="538" />
            <source>This is the last step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="560" />
            <source>Total: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="619" />
            <source>Use agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="625" />
            <source>Go to step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="658" />
            <source>Move step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="669" />
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="676" />
            <location filename="../../app/ui/agenda_panel.py" line="683" />
            <source>Add step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="693" />
            <source>Remove step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="705" />
            <source>Change timebox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="721" />
            <source>This workshop has no agenda to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="724" />
            <source>A template needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="761" />
            <location filename="../../app/ui/agenda_panel.py" line="773" />
            <source>Save as template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="762" />
            <source>Template name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="774" />
            <source>A template with this name exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="786" />
            <source>Saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnswerCell</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="52" />
            <source>If it is there (functional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="53" />
            <source>If it is missing (dysfunctional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="68" />
            <source>I like it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="69" />
            <source>I expect it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="70" />
            <source>I am neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="71" />
            <source>I can live with it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="72" />
            <source>I dislike it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchetypeCard</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="66" />
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="108" />
            <source>Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="68" />
            <source>Put this hero side by side with up to two others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="84" />
            <source>Desire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="85" />
            <source>Fear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="86" />
            <source>Gift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="108" />
            <source>✓ Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="112" />
            <source>PRIMARY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="115" />
            <source>SECONDARY</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardScene</name>
        <message>
            <location filename="../../app/ui/board/scene.py" line="339" />
            <source>Move cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/scene.py" line="341" />
            <source>Move note</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/board/scene.py" line="343" />
            <source>Move %n note(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Boards</name>
        <message>
            <location filename="../../app/ui/board/registry.py" line="26" />
            <source>Idea capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/registry.py" line="27" />
            <source>Good idea / bad idea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/registry.py" line="28" />
            <source>Prioritisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/registry.py" line="29" />
            <source>Value propositions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CandidatesTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="48" />
            <source>Type a candidate and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="51" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="66" />
            <source>+1 vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="67" />
            <source>Record a dot the room gave this candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="69" />
            <source>−1 vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="71" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="77" />
            <source>Promoted candidates count their note's dots; typed ones get votes here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="92" />
            <source>Promote ideas from other boards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="95" />
            <source>Most-voted first. Tick ideas, then promote them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="101" />
            <source>Promote ticked ideas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="118" />
            <source>Candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="119" />
            <source>Where it came from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="120" />
            <source>Kano</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="121" />
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="122" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="198" />
            <source>Add candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="215" />
            <source>Vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="221" />
            <source>Remove candidates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="229" />
            <source>Promote ideas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CanvasView</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="402" />
            <source>VALUE MAP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="403" />
            <source>CUSTOMER PROFILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="416" />
            <source>Add a customer segment above to start its canvas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="445" />
            <source>not addressed yet: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaptureBoard</name>
        <message>
            <location filename="../../app/ui/board/capture.py" line="210" />
            <source>Search notes (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="232" />
            <location filename="../../app/ui/board/capture.py" line="843" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="232" />
            <source>Colour the selected notes by team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="238" />
            <location filename="../../app/ui/board/capture.py" line="845" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="238" />
            <source>Set where the selected ideas came from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="245" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="246" />
            <source>Make a cluster of the selected notes (Ctrl+G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="250" />
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="250" />
            <source>Merge the selected clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="253" />
            <source>Ungroup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="253" />
            <source>Dissolve the selected clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="256" />
            <location filename="../../app/ui/board/capture.py" line="429" />
            <source>Dot voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="256" />
            <source>Enter the room's dots (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="289" />
            <source>Zoom out (Ctrl+-)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="294" />
            <source>Zoom in (Ctrl+=)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="295" />
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="295" />
            <source>Fit the board to the window (Ctrl+0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="355" />
            <source>Voting for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="363" />
            <source>Click a note to add a dot; Shift+click or right-click takes one back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="366" />
            <source>Done voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="385" />
            <source>Type an idea and press Enter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="389" />
            <source>Team of the next notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="392" />
            <source>Where the next ideas come from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="397" />
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="399" />
            <location filename="../../app/ui/board/capture.py" line="557" />
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="422" />
            <location filename="../../app/ui/board/capture.py" line="849" />
            <source>Group into cluster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="425" />
            <location filename="../../app/ui/board/capture.py" line="728" />
            <location filename="../../app/ui/board/capture.py" line="859" />
            <source>Dissolve cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="427" />
            <location filename="../../app/ui/board/capture.py" line="719" />
            <location filename="../../app/ui/board/capture.py" line="857" />
            <source>Merge clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="428" />
            <location filename="../../app/ui/board/capture.py" line="615" />
            <source>Edit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="430" />
            <source>Type a new note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="431" />
            <source>Clear selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="469" />
            <location filename="../../app/ui/board/capture.py" line="494" />
            <source>No team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="470" />
            <source>All teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="477" />
            <source>Without a team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="486" />
            <source>All sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="526" />
            <source>Team: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="644" />
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/board/capture.py" line="646" />
            <source>Delete %n note(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="648" />
            <source>Remove cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="658" />
            <source>Set team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="664" />
            <source>Set source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="669" />
            <source>Select the notes to group first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="673" />
            <source>Cluster %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="678" />
            <source>New cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="679" />
            <location filename="../../app/ui/board/capture.py" line="699" />
            <source>Cluster title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="685" />
            <source>Untitled cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="688" />
            <source>Group notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="698" />
            <location filename="../../app/ui/board/capture.py" line="709" />
            <location filename="../../app/ui/board/capture.py" line="855" />
            <source>Rename cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="715" />
            <source>Select two or more clusters to merge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="734" />
            <location filename="../../app/ui/board/capture.py" line="853" />
            <source>Take out of cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="773" />
            <source>Add participants or teams to vote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="778" />
            <source>Add a dot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="778" />
            <source>Take a dot back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="790" />
            <source>Dots left: %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="803" />
            <source>%1 of %2 match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="841" />
            <source>Edit text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="862" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="61" />
            <source>Which hero best helps this customer get the job done?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="70" />
            <source>Add to comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="119" />
            <source>Pick a hero on the deck, in the suggestion or with “Add to comparison”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="153" />
            <source>THE CUSTOMER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="157" />
            <source>TOP JOBS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="164" />
            <source>TOP PAINS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="169" />
            <source>TOP GAINS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="187" />
            <source>Take out of the comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="195" />
            <source>PRIMARY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="197" />
            <source>SECONDARY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="203" />
            <source>Desire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="204" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="207" />
            <source>Fear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="208" />
            <source>Gift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="219" />
            <source>Draft in this voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="225" />
            <source>Primary hero ✓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="225" />
            <source>Make primary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="232" />
            <source>Drop secondary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="234" />
            <source>Make secondary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="252" />
            <source>Choose the hero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="263" />
            <source>Choose the second voice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CutDialog</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="67" />
            <source>Suggested cut for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="75" />
            <source>Candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="75" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="108" />
            <source>Accept: put them in %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="317" />
            <location filename="../../app/ui/export_dialog.py" line="471" />
            <location filename="../../app/ui/export_dialog.py" line="677" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="344" />
            <source>What to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="357" />
            <source>Board:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="362" />
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="371" />
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="372" />
            <source>Portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="382" />
            <source>Split big boards over several pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="385" />
            <source>Boards too large to read on one sheet are tiled with overlap marks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="392" />
            <source> dpi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="399" />
            <source>Page size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="400" />
            <source>Orientation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="402" />
            <source>Resolution:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="406" />
            <source>Save to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="410" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="465" />
            <source>Open the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="467" />
            <source>Open the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="469" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="579" />
            <source>%1 × %2 pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="587" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="588" />
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="589" />
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="590" />
            <source>CSV tables (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="593" />
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="609" />
            <source>portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="609" />
            <source>landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="611" />
            <source>Preview: the page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="613" />
            <source>Preview: the first board page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="616" />
            <source>big boards continue on further pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="618" />
            <source>the report starts with a cover page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="620" />
            <source>Preview: the start of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="279" />
            <location filename="../../app/ui/export_dialog.py" line="622" />
            <source>Preparing the preview…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="662" />
            <source>No preview: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="678" />
            <source>%1 already exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="691" />
            <source>the folder does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="703" />
            <source>Exporting to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="742" />
            <source>Exported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="756" />
            <source>Could not export %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="102" />
            <source>This board (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="103" />
            <source>All boards (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="104" />
            <source>The workshop report (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="105" />
            <source>This board as an image (PNG)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="106" />
            <source>All workshop data (JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="107" />
            <source>Ideas as a table (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="108" />
            <source>MVP candidates as a table (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="115" />
            <source>One vector page: text stays selectable and searchable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="116" />
            <source>Every board, one page each, in the order of the board list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="117" />
            <source>Cover, every board, summary tables and the lineage of each idea: the file to send the room after the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="121" />
            <source>A picture for messengers and slides, sized like the printed page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="122" />
            <source>Everything in the workshop, readable by other tools and by Point B.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="123" />
            <source>One row per note, for spreadsheets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="124" />
            <source>One row per MVP candidate with its Kano class and score.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="238" />
            <source>The workshop has no boards yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="186" />
            <source>More important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="187" />
            <source>Less important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="188" />
            <source>Edit the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="189" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="198" />
            <source>Job type: click to change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="219" />
            <source>eases </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="219" />
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="222" />
            <source>link ▾</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="220" />
            <source>Which pains does this relieve?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="222" />
            <source>creates </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="223" />
            <source>Which gains does this create?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="231" />
            <source>Add pains first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="231" />
            <source>Add gains first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="253" />
            <source>eased by </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="253" />
            <source>created by </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="261" />
            <source>not addressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="268" />
            <source>Edit canvas item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="274" />
            <source>Change job type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="281" />
            <source>Link to pain or gain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="294" />
            <source>Rank canvas item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="300" />
            <source>Remove canvas item</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KanoScatter</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scatter.py" line="81" />
            <source>Better / Worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scatter.py" line="135" />
            <source>Worse: unhappy without it →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scatter.py" line="143" />
            <source>Better: happy with it →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scatter.py" line="152" />
            <source>Not plotted (no questionnaire answers yet): %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KanoTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="71" />
            <source>Quick sort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="72" />
            <source>Questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="102" />
            <source>Drag cards into a column, or select a card and press 1-5 (0 takes it back out).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="142" />
            <source>Results are dated when the first candidate is sorted: classes drift over time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="165" />
            <source>Survey: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="183" />
            <source>No candidates yet: add or promote some first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="188" />
            <source>Candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="191" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="192" />
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="193" />
            <source>Better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="194" />
            <source>Worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="207" />
            <source>%1 (tie)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="231" />
            <source>From the quick sort; no questionnaire answers yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="233" />
            <source>From the questionnaire answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="239" />
            <source>Bold: from questionnaire answers. Italic: from the quick sort.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="258" />
            <source>Kano class</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="103" />
            <location filename="../../app/ui/main_window.py" line="534" />
            <location filename="../../app/ui/main_window.py" line="556" />
            <source>Point B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="136" />
            <source>Read-only: this workshop file cannot be changed here. Use File &gt; Save As… to work on a copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="159" />
            <source>Boards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="168" />
            <source>+ Add capture board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="170" />
            <source>Workshop setup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="207" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="209" />
            <source>&amp;New workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="211" />
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="212" />
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="216" />
            <source>Save &amp;As / Duplicate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="219" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="223" />
            <source>&amp;Close workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="225" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="227" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="228" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="230" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="236" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="239" />
            <source>Select &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="242" />
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="245" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="248" />
            <source>Zoom &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="253" />
            <source>Zoom &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="256" />
            <source>&amp;Fit to window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="260" />
            <source>F&amp;ull screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="264" />
            <source>&amp;Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="266" />
            <source>&amp;Setup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="270" />
            <source>&amp;Add capture board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="275" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="277" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="279" />
            <source>&amp;About Point B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="301" />
            <source>(none yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="309" />
            <source>This workshop could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="333" />
            <source>The workshop could not be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="337" />
            <location filename="../../app/ui/main_window.py" line="510" />
            <source>Ideas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="346" />
            <source>Add boards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="353" />
            <source>Point B workshops (*.pointb)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="358" />
            <location filename="../../app/ui/main_window.py" line="369" />
            <source>New workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="370" />
            <source>Workshop title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="379" />
            <source>Open workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="390" />
            <source>The demo workshop could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="400" />
            <source>Save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="413" />
            <source>The copy could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="417" />
            <source>Saved a copy: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="502" />
            <source>Rename board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="510" />
            <source>Ideas %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="513" />
            <source>Add board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="539" />
            <source> [read-only]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="551" />
            <source>Something went wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="589" />
            <source>About Point B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="591" />
            <source>&lt;h2&gt;Point B %1&lt;/h2&gt;&lt;p&gt;An offline workbench for service-design workshop facilitators: capture, cluster and vote on ideas, then turn them into MVPs and value propositions.&lt;/p&gt;&lt;p&gt;Your workshop is one file you own.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatrixBoard</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="210" />
            <source>Effort: low → high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="218" />
            <source>Impact: low → high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="233" />
            <source>Not placed yet (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="240" />
            <source>Drop a card here to take it off the 2x2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatrixTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="354" />
            <source>Drag cards to where the room places them; Ctrl+click selects several. Drag back to the tray to take a card off the board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="380" />
            <source>Move on the 2x2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="68" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParetoChart</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_pareto.py" line="60" />
            <source>Score some candidates on the Scores tab to see the Pareto view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_pareto.py" line="131" />
            <source>Bars: score, best first · line: cumulative share of the total · dashed: 80%</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParetoTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_pareto.py" line="196" />
            <source>No scores yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoLayer</name>
        <message>
            <location filename="../../app/ui/images.py" line="318" />
            <source>Add photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="320" />
            <source>Add %1 photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="350" />
            <source>Pasted image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="362" />
            <source>Insert photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="364" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="379" />
            <source>Move photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="391" />
            <source>Resize photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="413" />
            <source>Delete photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="415" />
            <source>Delete selection</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <location filename="../../app/ui/images.py" line="71" />
            <source>%1: the file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="72" />
            <source>%1: the file is too large for a photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="73" />
            <source>%1: the picture is too large to open safely (it may be a decompression bomb).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="77" />
            <source>%1: not a picture Point B can read (use PNG, JPEG, GIF, BMP, WebP or TIFF).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="80" />
            <source>%1: the picture is damaged and cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="83" />
            <source>%1: the file cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="85" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlaceholderBoard</name>
        <message>
            <location filename="../../app/ui/board/registry.py" line="51" />
            <source>The %1 exercise opens here in a later version of Point B.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../app/ui/preferences.py" line="83" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="91" />
            <source>As the system (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="98" />
            <source>A new language applies when Point B starts again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="104" />
            <location filename="../../app/ui/preferences.py" line="109" />
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="105" />
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="108" />
            <source>High contrast (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="116" />
            <source>Also Ctrl+Alt+= and Ctrl+Alt+- (Ctrl+Alt+0: normal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="117" />
            <source>Play a chime when a step's time is up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="120" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="122" />
            <source>Theme of this window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="123" />
            <source>Theme of the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="124" />
            <source>Size of the interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="125" />
            <source>Timer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <location filename="../../app/ui/presenter.py" line="232" />
            <source>Point B — projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="494" />
            <location filename="../../app/ui/presenter.py" line="522" />
            <location filename="../../app/ui/presenter.py" line="525" />
            <source>Point B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="509" />
            <source>Step %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrioritiseBoardWidget</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise.py" line="84" />
            <source>Candidates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise.py" line="85" />
            <source>Kano</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise.py" line="86" />
            <source>Impact / effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise.py" line="87" />
            <source>Scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise.py" line="88" />
            <source>Release slices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise.py" line="89" />
            <source>Pareto</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionnairePanel</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="137" />
            <source>Add respondent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="139" />
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="250" />
            <source>Remove respondent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="141" />
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="144" />
            <source>Columns: candidate (exact text or id), respondent, functional, dysfunctional (1-5). One row per respondent and candidate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="151" />
            <source>F: if it is there, D: if it is missing. 1 Like · 2 Expect · 3 Neutral · 4 Live with · 5 Dislike</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="170" />
            <source>Double-click a respondent's name to rename them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="221" />
            <source>Kano answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="260" />
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="274" />
            <source>Rename respondent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="260" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="282" />
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="295" />
            <source>Import Kano answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="282" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReverseBoard</name>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="102" />
            <source>Set-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="103" />
            <source>Write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="104" />
            <source>Set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="105" />
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="106" />
            <source>Transform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="107" />
            <source>Reveal &amp; pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="114" />
            <source>Choose the teams and the question. Each team will write its best and its worst idea.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="118" />
            <source>Each team writes its BEST idea and its WORST idea. On the projector the cards stay face down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="123" />
            <source>The good ideas are set aside. They stay in the file and can come back at the end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="127" />
            <source>Every team receives another team's bad idea.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="130" />
            <source>Turn the bad idea you received into a real solution. Write as many as you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="134" />
            <source>Each team shows the bad idea it got and what it made of it. Vote, then promote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="144" />
            <location filename="../../app/ui/exercises/reverse.py" line="449" />
            <location filename="../../app/ui/exercises/reverse.py" line="1452" />
            <source>Best idea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="145" />
            <location filename="../../app/ui/exercises/reverse.py" line="457" />
            <location filename="../../app/ui/exercises/reverse.py" line="469" />
            <location filename="../../app/ui/exercises/reverse.py" line="1454" />
            <source>Worst idea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="146" />
            <location filename="../../app/ui/exercises/reverse.py" line="1469" />
            <source>Solution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="148" />
            <source>Idea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="246" />
            <source>from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="254" />
            <source>✓ in prioritisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="287" />
            <source>Take a dot back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="290" />
            <source>Give a dot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="299" />
            <source>Pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="401" />
            <source>Type the best idea, press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="404" />
            <source>Type the worst idea, press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="476" />
            <location filename="../../app/ui/exercises/reverse.py" line="487" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="480" />
            <source>Nothing received yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="504" />
            <source>A solution built from it, press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="517" />
            <source>No bad idea was dealt to this team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="532" />
            <source>%1 good · %2 bad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="543" />
            <source>1 solution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="545" />
            <source>%1 solutions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="548" />
            <source>%1 received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="596" />
            <source>↓ turned into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="598" />
            <source>↓ turn it into a solution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="607" />
            <source>Best idea set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="609" />
            <source>%1 best ideas set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="667" />
            <source>Parked good ideas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="702" />
            <source>Hide them again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="704" />
            <source>Show them again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="710" />
            <source>1 good idea set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="712" />
            <source>%1 good ideas set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="753" />
            <source>Re-deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="757" />
            <source>Deal the bad ideas again with a new random seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="764" />
            <source>Hand a card to another team: drag it to that lane, or right-click it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="802" />
            <source>The deal:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="877" />
            <source>Set up the round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="880" />
            <source>Challenge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="887" />
            <source>Teams taking part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="895" />
            <source>Ideas per team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="904" />
            <source>best ideas and as many worst ideas (one each is the classic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="924" />
            <source>Start the round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1017" />
            <source>The good idea / bad idea exercise starts soon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1072" />
            <source>◀ Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1101" />
            <location filename="../../app/ui/exercises/reverse.py" line="1530" />
            <source>Step timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1107" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1168" />
            <source>Voter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1239" />
            <source>Good idea / bad idea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1277" />
            <source>Next: %1 ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1331" />
            <source>Turn the cards over on the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1333" />
            <source>Hide the cards on the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1338" />
            <location filename="../../app/ui/exercises/reverse.py" line="1553" />
            <source>Promote to prioritisation (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1353" />
            <source>Team %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1377" />
            <source>%1 of %2 dots left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1415" />
            <source>Start the good idea / bad idea round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1427" />
            <source>Step: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1441" />
            <source>Back to: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1480" />
            <source>Re-deal the bad ideas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1486" />
            <source>Hand a bad idea to another team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1505" />
            <source>Show the parked good ideas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1507" />
            <source>Hide the parked good ideas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1517" />
            <source>Hide the cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1519" />
            <source>Reveal the cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1543" />
            <source>Vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1562" />
            <source>Promote to prioritisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1576" />
            <location filename="../../app/ui/exercises/reverse.py" line="1583" />
            <source>Edit card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1577" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1589" />
            <source>Delete card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1606" />
            <source>Move to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1618" />
            <source>Edit text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="1622" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Room</name>
        <message>
            <location filename="../../app/ui/presenter.py" line="682" />
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="721" />
            <source>&amp;Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="729" />
            <source>&amp;Presenter window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="732" />
            <source>&amp;Blank the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="735" />
            <source>&amp;Freeze the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="739" />
            <source>Face-&amp;down mode (silent writing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="745" />
            <source>&amp;Reveal the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="749" />
            <source>Start / pause the &amp;timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="752" />
            <source>Add one minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="755" />
            <source>Add five minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="758" />
            <source>Reset the timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="762" />
            <source>&amp;Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="765" />
            <source>Pre&amp;vious step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="768" />
            <source>Choose an &amp;agenda…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="771" />
            <source>Show the a&amp;genda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="776" />
            <source>Insert &amp;photos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="818" />
            <source>&amp;Larger interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="824" />
            <source>S&amp;maller interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="829" />
            <source>Normal interface size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="836" />
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="870" />
            <source>The projector is blank (B shows it again).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="872" />
            <source>The projector is frozen (F follows again).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="874" />
            <source>Face-down mode: the room sees only counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="937" />
            <source>Photos can be placed on idea boards.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScoresTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="249" />
            <source>Score method:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="287" />
            <source>Double-click a cell (or start typing) to change a value; click a header to sort.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="304" />
            <source>Impact × Confidence × Ease, each 1-10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="306" />
            <source>Reach × Impact × Confidence ÷ Effort (person-months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="323" />
            <source>Score method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="329" />
            <source>Rename candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="333" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="337" />
            <source>Type of the new job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="357" />
            <source>Add to canvas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="45" />
            <source>Workshop setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="57" />
            <source>How might we …?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="60" />
            <source>Change challenge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="65" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="68" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="78" />
            <source>Change facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="86" />
            <source>Change language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="89" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="90" />
            <source>Challenge question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="91" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="92" />
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="93" />
            <source>Language of the notes and exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="112" />
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="120" />
            <source>New team name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="122" />
            <location filename="../../app/ui/setup_dialog.py" line="156" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="128" />
            <source>Colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="130" />
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="132" />
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="134" />
            <location filename="../../app/ui/setup_dialog.py" line="158" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="142" />
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="145" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="145" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="153" />
            <source>New participant's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="209" />
            <location filename="../../app/ui/setup_dialog.py" line="225" />
            <source>No team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="246" />
            <source>Rename workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="258" />
            <source>Write the date as YYYY-MM-DD, e.g. 2026-11-24.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="261" />
            <source>Change date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="273" />
            <source>Add team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="290" />
            <source>Rename team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="296" />
            <location filename="../../app/ui/setup_dialog.py" line="303" />
            <source>Team colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="309" />
            <source>Reorder teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="322" />
            <source>Remove team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="336" />
            <source>Add participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="351" />
            <source>Rename participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="358" />
            <source>Change team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="363" />
            <source>Remove participant</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="63" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="69" />
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="69" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="69" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SliceDialog</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="134" />
            <source>Release slice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="143" />
            <source>no budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="144" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="145" />
            <source>Effort budget (person-months):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="150" />
            <source>Remove slice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlicesTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="173" />
            <source>Create MVP 1, MVP 2, Later, Won't</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="175" />
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="294" />
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="300" />
            <source>Add slice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="177" />
            <source>Suggest a cut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="186" />
            <source>Label:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="189" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="206" />
            <source>Drag cards between slices. Double-click a slice's title to rename it or set its budget. Select cards and press M, S, C or W for MoSCoW.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="226" />
            <source>Not in a slice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="232" />
            <source>%1 of %2 person-months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="234" />
            <source>%1 person-months, no budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="254" />
            <source>%1 pm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="268" />
            <source>No candidates yet: add or promote some first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="289" />
            <source>Create release slices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="294" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="321" />
            <source>Change slice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="327" />
            <source>Remove slice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="337" />
            <source>Move to slice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="351" />
            <source>MoSCoW label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="376" />
            <source>Accept suggested cut</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../../app/ui/start_screen.py" line="94" />
            <source>Point B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="98" />
            <source>From where you are to where you want to be: run service-design workshops offline, on one laptop and a projector.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="110" />
            <source>New blank workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="113" />
            <source>Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="115" />
            <source>Open the demo workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="124" />
            <source>Start from an agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="138" />
            <source>New workshop from this agenda…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="149" />
            <source>Recent workshops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="158" />
            <source>Workshops you open appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="162" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="164" />
            <source>Remove from list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="186" />
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="190" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="204" />
            <source>Some agenda templates could not be read:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="217" />
            <source>%1 (missing)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatementView</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="48" />
            <source>Product name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="48" />
            <source>e.g. PayLink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="49" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="49" />
            <source>e.g. phone payment service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="50" />
            <source>Unlike…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="50" />
            <source>the alternative the customer uses today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="60" />
            <source>AD-LIB (VALUE PROPOSITION DESIGN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="61" />
            <source>POSITIONING (GEOFFREY MOORE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="62" />
            <source>IN THE HERO'S VOICE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="65" />
            <source>FINAL STATEMENT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="69" />
            <source>The room's own words. Start from a draft above or type here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="77" />
            <source>Saved when you press Enter or leave the field; Shift+Enter starts a new line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="103" />
            <source>Use as final statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="119" />
            <source>Edit the statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="120" />
            <source>Edit the product name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="121" />
            <source>Edit the category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="122" />
            <source>Edit the alternative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="134" />
            <source>Use the draft as the statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="167" />
            <source>IN THE HERO'S VOICE: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="177" />
            <source>TONE OF VOICE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="183" />
            <source>Choose a hero on the Compare tab to see the words that fit its voice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="192" />
            <source>Primary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="193" />
            <source>Secondary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="205" />
            <source>Promise to relieve: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="209" />
            <source>Gift to offer: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="229" />
            <source>Agenda step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="236" />
            <source>What the room does in this step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="240" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="243" />
            <source>Instructions for the room (shown on the projector)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="245" />
            <source>Exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="246" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="247" />
            <source>Timebox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="248" />
            <source>Instructions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SuggestView</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="195" />
            <source>Ask the room: how much does this matter to the customer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="202" />
            <source>0 = not at all, 1 = a little, 2 = clearly, 3 = very much</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="262" />
            <source>Suggested heroes: a starting point for the discussion; you decide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="283" />
            <source>%1 points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="286" />
            <source>✓ Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="286" />
            <source>Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="298" />
            <source>…and %1 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="304" />
            <source>Then: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagMarks</name>
        <message>
            <location filename="../../app/ui/theme.py" line="60" />
            <source>C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/theme.py" line="61" />
            <source>E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/theme.py" line="62" />
            <source>R</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/theme.py" line="63" />
            <source>X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/theme.py" line="64" />
            <source>O</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <location filename="../../app/ui/theme.py" line="46" />
            <source>No tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/theme.py" line="47" />
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/theme.py" line="48" />
            <source>Employees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/theme.py" line="49" />
            <source>Research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/theme.py" line="50" />
            <source>Competitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/theme.py" line="51" />
            <source>Own idea</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamCounts</name>
        <message>
            <location filename="../../app/ui/presenter.py" line="173" />
            <source>Silent writing</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/presenter.py" line="176" />
            <source>%n note(s) written so far. They stay face down until the reveal.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="194" />
            <source>No team</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="278" />
            <source>Choose an agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="302" />
            <source>These templates could not be read (the others are fine):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimerWidget</name>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="48" />
            <location filename="../../app/ui/timer_widget.py" line="148" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="50" />
            <source>+1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="51" />
            <source>Add one minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="52" />
            <source>+5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="53" />
            <source>Add five minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="54" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="55" />
            <source>Stop and go back to the full time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="148" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ValueBoardWidget</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="82" />
            <location filename="../../app/ui/exercises/value_prop.py" line="92" />
            <source>Canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="83" />
            <source>Archetype deck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="84" />
            <source>Suggest a hero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="85" />
            <source>Compare heroes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="86" />
            <source>Statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="117" />
            <source>Segments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="130" />
            <source>New segment… (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="134" />
            <source>Edit segment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="137" />
            <source>Rename or describe the segment, add or remove canvases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="146" />
            <source>Segment name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="150" />
            <source>Short description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="153" />
            <location filename="../../app/ui/exercises/value_prop.py" line="223" />
            <source>Remove segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="160" />
            <source>A canvas per release slice, or for the whole segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="163" />
            <location filename="../../app/ui/exercises/value_prop.py" line="233" />
            <source>New canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="166" />
            <source>Products from slice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="167" />
            <source>Add the slice's items that are not yet products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="170" />
            <location filename="../../app/ui/exercises/value_prop.py" line="256" />
            <source>Remove canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="185" />
            <source>Add segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="201" />
            <source>Rename segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="213" />
            <source>Describe segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="246" />
            <source>Products from the slice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="346" />
            <location filename="../../app/ui/exercises/value_prop.py" line="353" />
            <source>Whole segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="357" />
            <source>For %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="379" />
            <source>Hero: not chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="382" />
            <source>Hero: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="385" />
            <source> · second voice: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <location filename="../../app/ui/presenter.py" line="650" />
            <source>Keys 1–9 pick the voter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Prioritise</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="68" />
            <source>Must-be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="69" />
            <source>Performance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="70" />
            <source>Attractive "wow"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="71" />
            <source>Indifferent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="72" />
            <source>Reverse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="73" />
            <source>Questionable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="75" />
            <source>Not sorted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="84" />
            <source>Must</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="85" />
            <source>Should</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="86" />
            <source>Could</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="87" />
            <source>Won't</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="94" />
            <source>from a capture note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="95" />
            <source>solution from a bad idea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="96" />
            <source>a team's good idea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="97" />
            <source>typed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="104" />
            <source>Quick wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="105" />
            <source>Big bets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="106" />
            <source>Fill-ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="107" />
            <source>Money pits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="200" />
            <source>Stripe = Kano class:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScoreTableModel</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="62" />
            <source>Candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="63" />
            <source>Kano</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="64" />
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="72" />
            <source>ICE score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="88" />
            <source>RICE score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="90" />
            <source>Slice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="78" />
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="68" />
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="68" />
            <source>1-10: how much it moves the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="83" />
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="69" />
            <source>Confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="69" />
            <source>1-10: how sure we are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="70" />
            <source>Ease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="70" />
            <source>1-10: higher means less effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="72" />
            <source>Impact × Confidence × Ease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="75" />
            <source>Reach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="75" />
            <source>People or events per period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="80" />
            <source>3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="83" />
            <source>Percent: 100 high, 80 medium, 50 low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="85" />
            <source>Effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="85" />
            <source>Person-months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="88" />
            <source>Reach × Impact × Confidence ÷ Effort</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ValueCanvas</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="129" />
            <source>Fit: %1 of %2 top pains and gains addressed (%3%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="128" />
            <source>Fit: rank some pains and gains to see which ones the offer addresses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="70" />
            <source>Customer jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="71" />
            <source>Pains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="72" />
            <source>Gains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="73" />
            <source>Products &amp; services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="74" />
            <source>Pain relievers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="75" />
            <source>Gain creators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="81" />
            <source>What they are trying to get done; most important first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="82" />
            <source>Bad outcomes, obstacles, risks; most severe first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="83" />
            <source>Outcomes and benefits they want; most essential first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="84" />
            <source>What the offer is built from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="85" />
            <source>How the offer eases specific pains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="86" />
            <source>How the offer produces specific gains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="92" />
            <source>Add a job… (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="93" />
            <source>Add a pain… (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="94" />
            <source>Add a gain… (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="95" />
            <source>Add a product or service… (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="96" />
            <source>Add a pain reliever… (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="97" />
            <source>Add a gain creator… (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="104" />
            <source>J</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="105" />
            <source>P</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="106" />
            <source>G</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="107" />
            <source>S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="108" />
            <source>R</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="109" />
            <source>C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="119" />
            <source>functional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="120" />
            <source>social</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="121" />
            <source>emotional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="122" />
            <source>supporting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="24" />
            <source>Capture board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="26" />
            <source>Add the typed note; the field stays ready for the next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="26" />
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="27" />
            <source>Type a new note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="28" />
            <source>Edit the selected note in place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="28" />
            <source>F2 or double-click</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="29" />
            <source>Keep the edit / new line / cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="29" />
            <source>Enter / Shift+Enter / Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="30" />
            <source>Select several notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="30" />
            <source>Drag on empty board, or Ctrl+click</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="31" />
            <source>Group the selected notes into a cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="32" />
            <source>Merge the selected clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="33" />
            <source>Dissolve the selected clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="34" />
            <source>Rename a cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="34" />
            <source>Double-click its title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="35" />
            <source>Dot voting on / off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="36" />
            <source>Add a dot / take a dot back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="36" />
            <source>Click / Shift+click or right-click</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="37" />
            <source>Zoom around the mouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="37" />
            <source>Ctrl+wheel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="38" />
            <source>Pan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="38" />
            <source>Space+drag or middle button drag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="39" />
            <source>Clear the selection / leave voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="39" />
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
