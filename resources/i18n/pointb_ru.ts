<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../app/ui/about_dialog.py" line="71" />
            <source>About Point B</source>
            <translation>О программе Point B</translation>
        </message>
        <message>
            <location filename="../../app/ui/about_dialog.py" line="84" />
            <source>Point B %1</source>
            <translation>Point B %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/about_dialog.py" line="88" />
            <source>An offline workbench for service-design workshop facilitators. Your workshop is one file you own.</source>
            <translation>Рабочее место ведущего сервис-дизайн-семинаров, без интернета. Ваш семинар — это один файл, и он принадлежит вам.</translation>
        </message>
        <message>
            <location filename="../../app/ui/about_dialog.py" line="116" />
            <source>%1 licence…</source>
            <translation>Лицензия %1…</translation>
        </message>
        <message>
            <location filename="../../app/ui/about_dialog.py" line="138" />
            <source>Licence of %1</source>
            <translation>Лицензия: %1</translation>
        </message>
        <message>
            <source>Font licence (DejaVu)…</source>
            <translation type="vanished">Лицензия шрифтов (DejaVu)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/about_dialog.py" line="123" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../app/ui/about_dialog.py" line="136" />
            <source>The licence file is missing: %1</source>
            <translation>Файл лицензии не найден: %1</translation>
        </message>
        <message>
            <source>DejaVu fonts licence</source>
            <translation type="vanished">Лицензия шрифтов DejaVu</translation>
        </message>
    </context>
    <context>
        <name>Agenda</name>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="43" />
            <source>Break</source>
            <translation>Перерыв</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="45" />
            <source>Talk / discussion</source>
            <translation>Рассказ / обсуждение</translation>
        </message>
        <message>
            <source>Silent writing</source>
            <translation type="vanished">Пишем молча</translation>
        </message>
        <message>
            <source>Set-up</source>
            <translation type="vanished">Подготовка</translation>
        </message>
        <message>
            <source>Write good and bad ideas</source>
            <translation type="vanished">Хорошие и плохие идеи</translation>
        </message>
        <message>
            <source>Share and cluster</source>
            <translation type="vanished">Делимся и группируем</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation type="vanished">Голосование точками</translation>
        </message>
        <message>
            <source>Set the good ideas aside</source>
            <translation type="vanished">Хорошие идеи — в сторону</translation>
        </message>
        <message>
            <source>Deal the bad ideas</source>
            <translation type="vanished">Раздача плохих идей</translation>
        </message>
        <message>
            <source>Transform</source>
            <translation type="vanished">Превращение</translation>
        </message>
        <message>
            <source>Reveal and pick</source>
            <translation type="vanished">Показ и выбор</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation type="vanished">Кандидаты</translation>
        </message>
        <message>
            <source>Kano</source>
            <translation type="vanished">Кано</translation>
        </message>
        <message>
            <source>Impact / effort</source>
            <translation type="vanished">Эффект / усилия</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation type="vanished">Оценки</translation>
        </message>
        <message>
            <source>Release slices</source>
            <translation type="vanished">Релизы</translation>
        </message>
        <message>
            <source>Pareto</source>
            <translation type="vanished">Парето</translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation type="vanished">Канва</translation>
        </message>
        <message>
            <source>Archetype deck</source>
            <translation type="vanished">Колода архетипов</translation>
        </message>
        <message>
            <source>Suggest a hero</source>
            <translation type="vanished">Подобрать героя</translation>
        </message>
        <message>
            <source>Compare heroes</source>
            <translation type="vanished">Сравнить героев</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation type="vanished">Формулировка</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="67" />
            <source>Board: %1</source>
            <translation>Доска: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="70" />
            <source>Stage: %1</source>
            <translation>Этап: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="80" />
            <source>%1 h %2 min</source>
            <translation>%1 ч %2 мин</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="84" />
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="98" />
            <source>%1, line %2: %3</source>
            <translation>%1, строка %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="104" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="120" />
            <source>Choose agenda…</source>
            <translation>Выбрать программу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="121" />
            <source>Use an agenda template for this workshop</source>
            <translation>Взять для этого семинара шаблон программы</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="148" />
            <source>◀ Previous</source>
            <translation>◀ Назад</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="149" />
            <source>Go back one step (Ctrl+Shift+Left)</source>
            <translation>Вернуться на шаг назад (Ctrl+Shift+Влево)</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="151" />
            <source>Next ▶</source>
            <translation>Дальше ▶</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="152" />
            <source>Go to the next step (Ctrl+Shift+Right)</source>
            <translation>Перейти к следующему шагу (Ctrl+Shift+Вправо)</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="162" />
            <source>Speaker notes</source>
            <translation>Заметки ведущего</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="180" />
            <source>Steps</source>
            <translation>Шаги</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="198" />
            <source>Move the selected step up</source>
            <translation>Поднять выбранный шаг</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="201" />
            <source>Move the selected step down</source>
            <translation>Опустить выбранный шаг</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="204" />
            <source>Add a step after the selected one</source>
            <translation>Добавить шаг после выбранного</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="207" />
            <source>Remove the selected step</source>
            <translation>Удалить выбранный шаг</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="211" />
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="212" />
            <source>Timebox of the selected step</source>
            <translation>Время на выбранный шаг</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="224" />
            <source>Save as template…</source>
            <translation>Сохранить как шаблон…</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="226" />
            <source>Keep this agenda for future workshops (in your Point B data folder)</source>
            <translation>Сохранить программу для следующих семинаров (в папке данных Point B)</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="282" />
            <source>No agenda yet</source>
            <translation>Программы пока нет</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="285" />
            <source>Choose an agenda template, or add steps with +.</source>
            <translation>Выберите шаблон программы или добавьте шаги кнопкой +.</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="294" />
            <source>Step %1 of %2 · %3</source>
            <translation>Шаг %1 из %2 · %3</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="304" />
            <source>Next: %1 (%2)</source>
            <translation>Дальше: %1 (%2)</translation>
        </message>
        <message>
            <source>This is the last step.</source>
            <translation type="vanished">Это последний шаг.</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="337" />
            <source>Total: %1</source>
            <translation>Всего: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="420" />
            <source>Use agenda</source>
            <translation>Взять программу</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="432" />
            <source>Use the agenda “%1”?</source>
            <translation>Использовать программу «%1»?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/agenda_panel.py" line="435" />
            <source>It replaces the current agenda “%1” (%n steps).</source>
            <translation>
                <numerusform>Она заменит текущую программу «%1» (%n шаг).</numerusform>
                <numerusform>Она заменит текущую программу «%1» (%n шага).</numerusform>
                <numerusform>Она заменит текущую программу «%1» (%n шагов).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="438" />
            <source>Every board and what is on it stays.</source>
            <translation>Все доски и всё, что на них есть, останутся.</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="442" />
            <source>Boards added: %1.</source>
            <translation>Будут добавлены доски: %1.</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="445" />
            <source>No board is added: the agenda uses the boards you have.</source>
            <translation>Новых досок не будет: программа использует уже имеющиеся.</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="454" />
            <source>Go to step</source>
            <translation>Перейти к шагу</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="490" />
            <source>Move step</source>
            <translation>Переставить шаг</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="515" />
            <source>Agenda</source>
            <translation>Программа</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="524" />
            <location filename="../../app/ui/agenda_panel.py" line="532" />
            <source>Add step</source>
            <translation>Добавить шаг</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="542" />
            <source>Remove step</source>
            <translation>Удалить шаг</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="554" />
            <source>Change timebox</source>
            <translation>Изменить время шага</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="570" />
            <source>This workshop has no agenda to save.</source>
            <translation>У этого семинара нет программы, сохранять нечего.</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="573" />
            <source>A template needs a name.</source>
            <translation>У шаблона должно быть название.</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="603" />
            <source>Choose an agenda</source>
            <translation>Выбор программы</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="631" />
            <location filename="../../app/ui/agenda_panel.py" line="643" />
            <source>Save as template</source>
            <translation>Сохранить как шаблон</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="632" />
            <source>Template name:</source>
            <translation>Название шаблона:</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="644" />
            <source>A template with this name exists. Replace it?</source>
            <translation>Шаблон с таким названием уже есть. Заменить его?</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_panel.py" line="656" />
            <source>Saved: %1</source>
            <translation>Сохранено: %1</translation>
        </message>
    </context>
    <context>
        <name>AnswerCell</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="53" />
            <source>If it is there (functional)</source>
            <translation>Если это есть (функциональный)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="54" />
            <source>If it is missing (dysfunctional)</source>
            <translation>Если этого нет (дисфункциональный)</translation>
        </message>
        <message>
            <source>I like it</source>
            <translation type="vanished">Мне нравится</translation>
        </message>
        <message>
            <source>I expect it</source>
            <translation type="vanished">Я этого жду</translation>
        </message>
        <message>
            <source>I am neutral</source>
            <translation type="vanished">Мне всё равно</translation>
        </message>
        <message>
            <source>I can live with it</source>
            <translation type="vanished">Могу с этим смириться</translation>
        </message>
        <message>
            <source>I dislike it</source>
            <translation type="vanished">Мне не нравится</translation>
        </message>
    </context>
    <context>
        <name>ArchetypeCard</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="70" />
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="107" />
            <source>Compare</source>
            <translation>Сравнить</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="72" />
            <source>Put this hero side by side with up to two others</source>
            <translation>Поставить этого героя рядом ещё с двумя</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="83" />
            <source>Desire</source>
            <translation>Желание</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="84" />
            <source>Fear</source>
            <translation>Страх</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="85" />
            <source>Gift</source>
            <translation>Дар</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="107" />
            <source>✓ Compare</source>
            <translation>✓ Сравнить</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="111" />
            <source>PRIMARY</source>
            <translation>ОСНОВНОЙ</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="114" />
            <source>SECONDARY</source>
            <translation>ВТОРОЙ</translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message numerus="yes">
            <location filename="../../app/ui/board_list.py" line="175" />
            <source>%n agenda step(s) open this board; then they open another.</source>
            <translation>
                <numerusform>%n шаг программы открывает эту доску; тогда он откроет другую.</numerusform>
                <numerusform>%n шага программы открывают эту доску; тогда они откроют другую.</numerusform>
                <numerusform>%n шагов программы открывают эту доску; тогда они откроют другую.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/board_list.py" line="191" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n заметка</numerusform>
                <numerusform>%n заметки</numerusform>
                <numerusform>%n заметок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/board_list.py" line="193" />
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n группа</numerusform>
                <numerusform>%n группы</numerusform>
                <numerusform>%n групп</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/board_list.py" line="195" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n фотография</numerusform>
                <numerusform>%n фотографии</numerusform>
                <numerusform>%n фотографий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/board_list.py" line="197" />
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n кандидат</numerusform>
                <numerusform>%n кандидата</numerusform>
                <numerusform>%n кандидатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/board_list.py" line="199" />
            <source>%n release slice(s)</source>
            <translation>
                <numerusform>%n релиз</numerusform>
                <numerusform>%n релиза</numerusform>
                <numerusform>%n релизов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/board_list.py" line="203" />
            <source>%n card(s) of the canvas, map or audit</source>
            <translation>
                <numerusform>%n карточка канвы, карты или аудита</numerusform>
                <numerusform>%n карточки канвы, карты или аудита</numerusform>
                <numerusform>%n карточек канвы, карты или аудита</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardList</name>
        <message>
            <location filename="../../app/ui/board_list.py" line="41" />
            <source>&amp;Add board</source>
            <translation>&amp;Добавить доску</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="52" />
            <source>&amp;Rename board</source>
            <translation>&amp;Переименовать доску</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="53" />
            <source>Move board &amp;up</source>
            <translation>Переместить доску &amp;выше</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="55" />
            <source>Move board do&amp;wn</source>
            <translation>Переместить доску &amp;ниже</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="58" />
            <source>&amp;Delete board…</source>
            <translation>&amp;Удалить доску…</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="108" />
            <source>Rename board</source>
            <translation>Переименование доски</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="119" />
            <source>Move board</source>
            <translation>Перемещение доски</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="165" />
            <location filename="../../app/ui/board_list.py" line="128" />
            <source>Delete board</source>
            <translation>Удаление доски</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="181" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="101" />
            <source>Add board</source>
            <translation>Добавление доски</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="201" />
            <source>the good idea / bad idea round</source>
            <translation>раунд «хорошая идея / плохая идея»</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="166" />
            <source>Delete the board “%1”?</source>
            <translation>Удалить доску «%1»?</translation>
        </message>
        <message>
            <source>It goes with: %1. Edit &gt; Undo brings it all back.</source>
            <translation type="vanished">Вместе с ней удалится: %1. «Правка &gt; Отменить» всё вернёт.</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="177" />
            <source>Edit &gt; Undo brings it all back.</source>
            <translation>«Правка &gt; Отменить» всё вернёт.</translation>
        </message>
        <message>
            <location filename="../../app/ui/board_list.py" line="172" />
            <source>It goes with: %1.</source>
            <translation>Вместе с ней удалится: %1.</translation>
        </message>
    </context>
    <context>
        <name>BoardScene</name>
        <message>
            <location filename="../../app/ui/board/scene.py" line="418" />
            <source>Move cluster</source>
            <translation>Перенести группу</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/scene.py" line="420" />
            <source>Move note</source>
            <translation>Перенести заметку</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/board/scene.py" line="422" />
            <source>Move %n note(s)</source>
            <translation>
                <numerusform>Перенести %n заметку</numerusform>
                <numerusform>Перенести %n заметки</numerusform>
                <numerusform>Перенести %n заметок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Boards</name>
        <message>
            <source>Idea capture</source>
            <translation type="vanished">Сбор идей</translation>
        </message>
        <message>
            <source>Good idea / bad idea</source>
            <translation type="vanished">Хорошая идея / плохая идея</translation>
        </message>
        <message>
            <source>Prioritisation</source>
            <translation type="vanished">Приоритизация</translation>
        </message>
        <message>
            <source>Value propositions</source>
            <translation type="vanished">Ценностные предложения</translation>
        </message>
        <message>
            <source>Point A to point B</source>
            <translation type="vanished">Из точки А в точку Б</translation>
        </message>
        <message>
            <source>Customer journey map</source>
            <translation type="vanished">Карта пути клиента</translation>
        </message>
        <message>
            <source>Scenario audit</source>
            <translation type="vanished">Аудит сценариев</translation>
        </message>
    </context>
    <context>
        <name>CandidatesTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="50" />
            <source>Type a candidate and press Enter</source>
            <translation>Напишите кандидата и нажмите Enter</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="53" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="70" />
            <source>+1 vote</source>
            <translation>+1 голос</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="71" />
            <source>Record a dot the room gave this candidate</source>
            <translation>Записать голос, который участники отдали кандидату</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="73" />
            <source>−1 vote</source>
            <translation>−1 голос</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="75" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="81" />
            <source>Promoted candidates count their note's dots; typed ones get votes here.</source>
            <translation>У перенесённых кандидатов считаются голоса их заметки; у введённых вручную голоса ставятся здесь.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="98" />
            <source>Promote ideas from other boards</source>
            <translation>Перенести идеи с других досок</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="102" />
            <source>Most-voted first. Tick ideas, then promote them.</source>
            <translation>Сначала самые популярные. Отметьте идеи и перенесите их.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="109" />
            <source>Promote ticked ideas</source>
            <translation>Перенести отмеченные идеи</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="126" />
            <source>Candidate</source>
            <translation>Кандидат</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="127" />
            <source>Where it came from</source>
            <translation>Откуда</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="128" />
            <source>Kano</source>
            <translation>Кано</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="129" />
            <source>Votes</source>
            <translation>Голоса</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="130" />
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="206" />
            <source>Add candidate</source>
            <translation>Добавить кандидата</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="223" />
            <source>Vote</source>
            <translation>Голос</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="229" />
            <source>Remove candidates</source>
            <translation>Удалить кандидатов</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_candidates.py" line="237" />
            <source>Promote ideas</source>
            <translation>Перенести идеи</translation>
        </message>
    </context>
    <context>
        <name>CanvasView</name>
        <message>
            <source>VALUE MAP</source>
            <translation type="vanished">КАРТА ЦЕННОСТИ</translation>
        </message>
        <message>
            <source>CUSTOMER PROFILE</source>
            <translation type="vanished">ПРОФИЛЬ КЛИЕНТА</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="409" />
            <source>Add a customer segment above to start its canvas.</source>
            <translation>Добавьте сегмент клиентов выше, чтобы начать его канву.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="482" />
            <source>not addressed yet: </source>
            <translation>пока без ответа: </translation>
        </message>
    </context>
    <context>
        <name>CaptureBoard</name>
        <message>
            <location filename="../../app/ui/board/capture.py" line="854" />
            <source>Team</source>
            <translation>Команда</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="856" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation type="vanished">Голосование</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="243" />
            <source>Zoom out (Ctrl+-)</source>
            <translation>Уменьшить (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="248" />
            <source>Zoom in (Ctrl+=)</source>
            <translation>Увеличить (Ctrl+=)</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="249" />
            <source>Fit</source>
            <translation>Вписать</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="249" />
            <source>Fit the board to the window (Ctrl+0)</source>
            <translation>Вписать доску в окно (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="336" />
            <source>Voting for:</source>
            <translation>Голосует:</translation>
        </message>
        <message>
            <source>Click a note to add a dot; Shift+click or right-click takes one back.</source>
            <translation type="vanished">Щелчок по заметке добавляет голос; Shift+щелчок или правая кнопка забирает его.</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="345" />
            <source>Keys 1–9 pick the voter. Click a note to add a dot; Shift+click or right-click takes one back.</source>
            <translation>Клавиши 1–9 выбирают голосующего. Щелчок по заметке добавляет голос; Shift+щелчок или правая кнопка забирает его.</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="353" />
            <source>Done voting</source>
            <translation>Закончить голосование</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="382" />
            <source>Type an idea and press Enter…</source>
            <translation>Напишите идею и нажмите Enter…</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="386" />
            <source>Team of the next notes</source>
            <translation>Команда следующих заметок</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="390" />
            <source>Where the next ideas come from</source>
            <translation>Откуда следующие идеи</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="395" />
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="397" />
            <location filename="../../app/ui/board/capture.py" line="579" />
            <source>Add note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="413" />
            <source>Alt+1…9 picks the team, Alt+0 no team</source>
            <translation>Alt+1…9 выбирает команду, Alt+0 — без команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="433" />
            <location filename="../../app/ui/board/capture.py" line="860" />
            <source>Group into cluster…</source>
            <translation>Собрать в группу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="436" />
            <location filename="../../app/ui/board/capture.py" line="740" />
            <location filename="../../app/ui/board/capture.py" line="870" />
            <source>Dissolve cluster</source>
            <translation>Расформировать группу</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="438" />
            <location filename="../../app/ui/board/capture.py" line="731" />
            <location filename="../../app/ui/board/capture.py" line="868" />
            <source>Merge clusters</source>
            <translation>Объединить группы</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="439" />
            <location filename="../../app/ui/board/capture.py" line="637" />
            <source>Edit note</source>
            <translation>Изменить заметку</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="442" />
            <source>Type a new note</source>
            <translation>Написать новую заметку</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="443" />
            <source>Clear selection</source>
            <translation>Снять выделение</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="447" />
            <source>Team %1 for the next notes</source>
            <translation>Команда %1 для следующих заметок</translation>
        </message>
        <message>
            <source>No team</source>
            <translation type="vanished">Без команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="551" />
            <source>Team: %1</source>
            <translation>Команда: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="666" />
            <source>Delete note</source>
            <translation>Удалить заметку</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/board/capture.py" line="668" />
            <source>Delete %n note(s)</source>
            <translation>
                <numerusform>Удалить %n заметку</numerusform>
                <numerusform>Удалить %n заметки</numerusform>
                <numerusform>Удалить %n заметок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="670" />
            <source>Remove cluster</source>
            <translation>Убрать группу</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="680" />
            <source>Set team</source>
            <translation>Назначить команду</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="686" />
            <source>Set source</source>
            <translation>Указать источник</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="691" />
            <source>Select the notes to group first.</source>
            <translation>Сначала выделите заметки для группы.</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="695" />
            <source>Cluster %1</source>
            <translation>Группа %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="698" />
            <source>New cluster</source>
            <translation>Новая группа</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="698" />
            <location filename="../../app/ui/board/capture.py" line="713" />
            <source>Cluster title:</source>
            <translation>Название группы:</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="701" />
            <source>Untitled cluster</source>
            <translation>Группа без названия</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="704" />
            <source>Group notes</source>
            <translation>Сгруппировать заметки</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="713" />
            <location filename="../../app/ui/board/capture.py" line="721" />
            <location filename="../../app/ui/board/capture.py" line="866" />
            <source>Rename cluster</source>
            <translation>Переименовать группу</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="727" />
            <source>Select two or more clusters to merge.</source>
            <translation>Выделите две или больше групп, чтобы объединить их.</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="746" />
            <location filename="../../app/ui/board/capture.py" line="864" />
            <source>Take out of cluster</source>
            <translation>Вынуть из группы</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="796" />
            <source>Add participants or teams to vote.</source>
            <translation>Чтобы голосовать, добавьте участников или команды.</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="802" />
            <source>Add a dot</source>
            <translation>Добавить голос</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="802" />
            <source>Take a dot back</source>
            <translation>Забрать голос</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="816" />
            <source>Dots left: %1 of %2</source>
            <translation>Осталось голосов: %1 из %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="852" />
            <source>Edit text</source>
            <translation>Изменить текст</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/capture.py" line="873" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Search notes (Ctrl+F)</source>
            <translation type="vanished">Поиск по заметкам (Ctrl+F)</translation>
        </message>
        <message>
            <source>Colour the selected notes by team</source>
            <translation type="vanished">Покрасить выбранные заметки в цвет команды</translation>
        </message>
        <message>
            <source>Set where the selected ideas came from</source>
            <translation type="vanished">Указать, откуда взялись выбранные идеи</translation>
        </message>
        <message>
            <source>Group</source>
            <translation type="vanished">Сгруппировать</translation>
        </message>
        <message>
            <source>Make a cluster of the selected notes (Ctrl+G)</source>
            <translation type="vanished">Собрать выбранные заметки в группу (Ctrl+G)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation type="vanished">Объединить</translation>
        </message>
        <message>
            <source>Merge the selected clusters</source>
            <translation type="vanished">Объединить выбранные группы</translation>
        </message>
        <message>
            <source>Ungroup</source>
            <translation type="vanished">Разгруппировать</translation>
        </message>
        <message>
            <source>Dissolve the selected clusters</source>
            <translation type="vanished">Расформировать выбранные группы</translation>
        </message>
        <message>
            <source>Enter the room's dots (Ctrl+D)</source>
            <translation type="vanished">Внести голоса участников (Ctrl+D)</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation type="vanished">Все команды</translation>
        </message>
        <message>
            <source>Without a team</source>
            <translation type="vanished">Без команды</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation type="vanished">Все источники</translation>
        </message>
        <message>
            <source>%1 of %2 match</source>
            <translation type="vanished">Подходит %1 из %2</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="72" />
            <source>Which hero best helps this customer get the job done?</source>
            <translation>Какой герой лучше всего помогает этому клиенту сделать своё дело?</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="81" />
            <source>Add to comparison</source>
            <translation>Добавить к сравнению</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="142" />
            <source>Pick a hero on the deck, in the suggestion or with “Add to comparison”.</source>
            <translation>Выберите героя в колоде, среди подсказок или кнопкой «Добавить к сравнению».</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="194" />
            <source>THE CUSTOMER</source>
            <translation>КЛИЕНТ</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="198" />
            <source>TOP JOBS</source>
            <translation>ГЛАВНЫЕ ЗАДАЧИ</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="205" />
            <source>TOP PAINS</source>
            <translation>ГЛАВНЫЕ БОЛИ</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="210" />
            <source>TOP GAINS</source>
            <translation>ГЛАВНЫЕ ВЫГОДЫ</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="228" />
            <source>Take out of the comparison</source>
            <translation>Убрать из сравнения</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="236" />
            <source>PRIMARY</source>
            <translation>ОСНОВНОЙ</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="238" />
            <source>SECONDARY</source>
            <translation>ВТОРОЙ</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="244" />
            <source>Desire</source>
            <translation>Желание</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="245" />
            <source>Goal</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="248" />
            <source>Fear</source>
            <translation>Страх</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="249" />
            <source>Gift</source>
            <translation>Дар</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="260" />
            <source>Draft in this voice</source>
            <translation>Черновик этим голосом</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="269" />
            <source>Primary hero ✓</source>
            <translation>Основной герой ✓</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="269" />
            <source>Make primary</source>
            <translation>Сделать основным</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="276" />
            <source>Drop secondary</source>
            <translation>Убрать второй голос</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="278" />
            <source>Make secondary</source>
            <translation>Сделать вторым голосом</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="295" />
            <source>Choose the hero</source>
            <translation>Выбрать героя</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_compare.py" line="306" />
            <source>Choose the second voice</source>
            <translation>Выбрать второй голос</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <location filename="../../app/ui/controller.py" line="115" />
            <source>An import is still being written; try again in a moment.</source>
            <translation>Импорт ещё записывается; попробуйте через минуту.</translation>
        </message>
    </context>
    <context>
        <name>CutDialog</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="70" />
            <source>Suggested cut for %1</source>
            <translation>Предлагаемый состав для %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="78" />
            <source>Candidate</source>
            <translation>Кандидат</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="78" />
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="111" />
            <source>Accept: put them in %1</source>
            <translation>Принять: перенести в %1</translation>
        </message>
    </context>
    <context>
        <name>CxBoards</name>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="222" />
            <source>More actions</source>
            <translation>Другие действия</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="334" />
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="336" />
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="338" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>→ idea</source>
            <translation type="vanished">→ идея</translation>
        </message>
        <message>
            <source>→ MVP</source>
            <translation type="vanished">→ MVP</translation>
        </message>
        <message>
            <source>Service-design principles</source>
            <translation type="vanished">Принципы сервис-дизайна</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="473" />
            <source>As is</source>
            <translation>Как есть</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="474" />
            <source>To be</source>
            <translation>Как надо</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="477" />
            <source>Time, minutes</source>
            <translation>Время, минуты</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="478" />
            <source>Simplicity, 1–5</source>
            <translation>Простота, 1–5</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="479" />
            <source>Steps or clicks</source>
            <translation>Шаги или клики</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="554" />
            <location filename="../../app/ui/exercises/cx_projector.py" line="433" />
            <source>Service-design principles: %1 of 6</source>
            <translation>Принципы сервис-дизайна: %1 из 6</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="373" />
            <source>Send to ideas: %1</source>
            <translation>Отправить в идеи: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="378" />
            <source>Send to ideas</source>
            <translation>Отправить в идеи</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="385" />
            <source>Send to prioritisation: %1</source>
            <translation>Отправить в приоритизацию: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="390" />
            <source>Send to prioritisation</source>
            <translation>Отправить в приоритизацию</translation>
        </message>
    </context>
    <context>
        <name>CxProjector</name>
        <message>
            <source>No point-B scenario yet.</source>
            <translation type="vanished">Сценариев точки Б пока нет.</translation>
        </message>
        <message>
            <source>No stages yet.</source>
            <translation type="vanished">Этапов пока нет.</translation>
        </message>
        <message>
            <source>No scenarios yet.</source>
            <translation type="vanished">Сценариев пока нет.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="125" />
            <location filename="../../app/ui/export_dialog.py" line="308" />
            <location filename="../../app/ui/export_dialog.py" line="525" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="155" />
            <source>What to export</source>
            <translation>Что выгрузить</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="159" />
            <source>Board:</source>
            <translation>Доска:</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="172" />
            <source>Data for other tools</source>
            <translation>Данные для других программ</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="193" />
            <source>Paper</source>
            <translation>Бумага</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="204" />
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="205" />
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="214" />
            <source>Split big boards over several pages</source>
            <translation>Делить большие доски на несколько страниц</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="216" />
            <source>Boards too large to read on one sheet are tiled with overlap marks.</source>
            <translation>Доски, которые не читаются на одном листе, печатаются частями с метками для склейки.</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation type="vanished"> dpi</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="234" />
            <source>Page size:</source>
            <translation>Формат страницы:</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="235" />
            <source>Orientation:</source>
            <translation>Ориентация:</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="237" />
            <source>Resolution:</source>
            <translation>Разрешение:</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="427" />
            <source>%1 × %2 px</source>
            <translation>%1 × %2 пикс.</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="459" />
            <source>Preview</source>
            <translation>Предпросмотр</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="461" />
            <source>Preview of the first board page</source>
            <translation>Предпросмотр первой страницы доски</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="468" />
            <source>Preview of the start of the file</source>
            <translation>Предпросмотр начала файла</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation type="vanished">Сохранить в</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="304" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="286" />
            <source>Open the folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="223" />
            <location filename="../../app/ui/export_dialog.py" line="415" />
            <source>%1 dpi</source>
            <translation>%1 dpi</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="288" />
            <source>Open the file</source>
            <translation>Открыть файл</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="301" />
            <source>Save to:</source>
            <translation>Сохранить в:</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="306" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation type="vanished">%1 × %2 пикселей</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="435" />
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="436" />
            <source>PNG images (*.png)</source>
            <translation>Изображения PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="437" />
            <source>JSON files (*.json)</source>
            <translation>Файлы JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="438" />
            <source>CSV tables (*.csv)</source>
            <translation>Таблицы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="441" />
            <source>Export to</source>
            <translation>Выгрузить в</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="457" />
            <source>portrait</source>
            <translation>книжная</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="457" />
            <source>landscape</source>
            <translation>альбомная</translation>
        </message>
        <message>
            <source>Preview: the page</source>
            <translation type="vanished">Предпросмотр: страница</translation>
        </message>
        <message>
            <source>Preview: the first board page</source>
            <translation type="vanished">Предпросмотр: первая страница доски</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="464" />
            <source>big boards continue on further pages</source>
            <translation>большие доски продолжаются на следующих страницах</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="466" />
            <source>the report starts with a cover page</source>
            <translation>отчёт начинается с обложки</translation>
        </message>
        <message>
            <source>Preview: the start of the file</source>
            <translation type="vanished">Предпросмотр: начало файла</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_preview.py" line="82" />
            <location filename="../../app/ui/export_dialog.py" line="470" />
            <source>Preparing the preview…</source>
            <translation>Готовим предпросмотр…</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="510" />
            <source>No preview: %1</source>
            <translation>Предпросмотра нет: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="526" />
            <source>%1 already exists. Replace it?</source>
            <translation>%1 уже существует. Заменить?</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="539" />
            <source>the folder does not exist</source>
            <translation>такой папки нет</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="553" />
            <source>Exporting to %1…</source>
            <translation>Выгружаем в %1…</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="596" />
            <source>Exported: %1</source>
            <translation>Выгружено: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_dialog.py" line="615" />
            <source>Could not export %1: %2</source>
            <translation>Не удалось выгрузить %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="63" />
            <source>This board (PDF)</source>
            <translation>Эта доска (PDF)</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="64" />
            <source>All boards (PDF)</source>
            <translation>Все доски (PDF)</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="65" />
            <source>The workshop report (PDF)</source>
            <translation>Отчёт о семинаре (PDF)</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="66" />
            <source>This board as an image (PNG)</source>
            <translation>Эта доска картинкой (PNG)</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="67" />
            <source>All workshop data (JSON)</source>
            <translation>Все данные семинара (JSON)</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="68" />
            <source>Ideas as a table (CSV)</source>
            <translation>Идеи таблицей (CSV)</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="69" />
            <source>MVP candidates as a table (CSV)</source>
            <translation>Кандидаты в MVP таблицей (CSV)</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="81" />
            <source>One vector page: text stays selectable and searchable.</source>
            <translation>Одна векторная страница: текст можно выделять и искать.</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="82" />
            <source>Every board, one page each, in the order of the board list.</source>
            <translation>Все доски, по странице на каждую, в порядке списка досок.</translation>
        </message>
        <message>
            <source>Cover, every board, summary tables and the lineage of each idea: the file to send the room after the workshop.</source>
            <translation type="vanished">Обложка, все доски, сводные таблицы и путь каждой идеи: файл, который можно разослать участникам после семинара.</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="87" />
            <source>A picture for messengers and slides, sized like the printed page.</source>
            <translation>Картинка для мессенджеров и слайдов размером с печатную страницу.</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="88" />
            <source>Everything in the workshop, readable by other tools and by Point B.</source>
            <translation>Всё содержимое семинара в формате, который читают другие программы и Point B.</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="89" />
            <source>One row per note, for spreadsheets.</source>
            <translation>По строке на заметку, для электронных таблиц.</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="90" />
            <source>One row per MVP candidate with its Kano class and score.</source>
            <translation>По строке на кандидата в MVP с классом Кано и оценкой.</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_preview.py" line="41" />
            <source>The workshop has no boards yet.</source>
            <translation>В семинаре пока нет досок.</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="75" />
            <source>screens</source>
            <translation>экраны</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="75" />
            <source>messengers</source>
            <translation>мессенджеры</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="75" />
            <source>print</source>
            <translation>печать</translation>
        </message>
        <message>
            <location filename="../../app/ui/export_choices.py" line="83" />
            <source>Cover, every board, summary tables and where each idea came from: the file to send the room afterwards.</source>
            <translation>Обложка, все доски, сводные таблицы и откуда взялась каждая идея: файл, который можно потом разослать участникам.</translation>
        </message>
    </context>
    <context>
        <name>FileSafety</name>
        <message>
            <location filename="../../app/ui/file_safety.py" line="86" />
            <source>The automatic backup failed (editing goes on): %1</source>
            <translation>Автоматическая резервная копия не удалась (работать можно дальше): %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="119" />
            <location filename="../../app/ui/file_safety.py" line="145" />
            <source>Point B</source>
            <translation>Point B</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="120" />
            <source>This workshop is in a synced or network folder.</source>
            <translation>Этот семинар лежит в синхронизируемой или сетевой папке.</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="128" />
            <source>Point B will not warn about this file again. To be safe, keep workshops on this computer's own disk and put copies (File &gt; Save As) in the shared folder.</source>
            <translation>Point B больше не будет предупреждать об этом файле. Надёжнее хранить семинары на диске этого компьютера, а в общую папку класть копии (Файл &gt; Сохранить как).</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="146" />
            <source>Your last change could not be saved.</source>
            <translation>Последнее изменение сохранить не удалось.</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="148" />
            <source>Save As elsewhere…</source>
            <translation>Сохранить в другом месте…</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="150" />
            <source>Keep working here</source>
            <translation>Продолжить здесь</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="160" />
            <source>Everything saved before is safe in the file. The change you were making is still on screen: save the workshop on another disk or folder (for example if this one is full or was unplugged) and carry on there.</source>
            <translation>Всё, что было сохранено раньше, в файле цело. Изменение, которое вы вносили, всё ещё на экране: сохраните семинар на другой диск или в другую папку (например, если этот диск заполнен или отключён) и продолжайте там.</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="183" />
            <source>Save As elsewhere</source>
            <translation>Сохранить в другом месте</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="185" />
            <source>Point B workshops (*.pointb)</source>
            <translation>Семинары Point B (*.pointb)</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="206" />
            <source>Choose another place for the copy.</source>
            <translation>Выберите другое место для копии.</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="207" />
            <source>%1 is the file that cannot be written.</source>
            <translation>%1 — это файл, в который не получается записать.</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="215" />
            <source>The copy could not be saved.</source>
            <translation>Копию сохранить не удалось.</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_safety.py" line="226" />
            <source>Now working on the copy: %1</source>
            <translation>Теперь работаем с копией: %1</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="64" />
            <source>Search notes (Ctrl+F)</source>
            <translation>Поиск по заметкам (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="69" />
            <source>Show the notes of one team</source>
            <translation>Показать заметки одной команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="72" />
            <source>Show the notes from one source</source>
            <translation>Показать заметки из одного источника</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="74" />
            <location filename="../../app/ui/board/filter_bar.py" line="146" />
            <source>All teams</source>
            <translation>Все команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="74" />
            <location filename="../../app/ui/board/filter_bar.py" line="147" />
            <source>Without a team</source>
            <translation>Без команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="77" />
            <location filename="../../app/ui/board/filter_bar.py" line="153" />
            <source>All sources</source>
            <translation>Все источники</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="87" />
            <source>Team</source>
            <translation>Команда</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="87" />
            <source>Colour the selected notes by team</source>
            <translation>Покрасить выбранные заметки в цвет команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="91" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="91" />
            <source>Set where the selected ideas came from</source>
            <translation>Указать, откуда взялись выбранные идеи</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="98" />
            <source>Group</source>
            <translation>Сгруппировать</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="98" />
            <source>Make a cluster of the selected notes (Ctrl+G)</source>
            <translation>Собрать выбранные заметки в группу (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="101" />
            <source>Merge</source>
            <translation>Объединить</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="101" />
            <source>Merge the selected clusters</source>
            <translation>Объединить выбранные группы</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="104" />
            <source>Ungroup</source>
            <translation>Разгруппировать</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="104" />
            <source>Dissolve the selected clusters</source>
            <translation>Расформировать выбранные группы</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation type="vanished">Голосование точками</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="109" />
            <source>Enter the room's dots (Ctrl+D)</source>
            <translation>Внести голоса участников (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../app/ui/board/filter_bar.py" line="135" />
            <source>%1 of %2 match</source>
            <translation>Подходит %1 из %2</translation>
        </message>
    </context>
    <context>
        <name>Fit</name>
        <message>
            <location filename="../../app/ui/fit.py" line="276" />
            <source>More tools</source>
            <translation>Другие инструменты</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="176" />
            <source>More important</source>
            <translation>Важнее</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="177" />
            <source>Less important</source>
            <translation>Менее важно</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="178" />
            <source>Edit the text</source>
            <translation>Изменить текст</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="179" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="188" />
            <source>Job type: click to change</source>
            <translation>Тип задачи: щёлкните, чтобы изменить</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="209" />
            <source>eases </source>
            <translation>облегчает </translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="209" />
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="212" />
            <source>link ▾</source>
            <translation>связать ▾</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="210" />
            <source>Which pains does this relieve?</source>
            <translation>Какие боли это облегчает?</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="212" />
            <source>creates </source>
            <translation>создаёт </translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="213" />
            <source>Which gains does this create?</source>
            <translation>Какие выгоды это создаёт?</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="221" />
            <source>Add pains first</source>
            <translation>Сначала добавьте боли</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="221" />
            <source>Add gains first</source>
            <translation>Сначала добавьте выгоды</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="243" />
            <source>eased by </source>
            <translation>облегчает: </translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="243" />
            <source>created by </source>
            <translation>создаёт: </translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="251" />
            <source>not addressed</source>
            <translation>без ответа</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="258" />
            <source>Edit canvas item</source>
            <translation>Изменить элемент канвы</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="264" />
            <source>Change job type</source>
            <translation>Изменить тип задачи</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="271" />
            <source>Link to pain or gain</source>
            <translation>Связать с болью или выгодой</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="284" />
            <source>Rank canvas item</source>
            <translation>Изменить важность элемента</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="290" />
            <source>Remove canvas item</source>
            <translation>Удалить элемент канвы</translation>
        </message>
    </context>
    <context>
        <name>JoinCard</name>
        <message>
            <source>Join from your phone</source>
            <translation type="vanished">Подключитесь с телефона</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="208" />
            <source>Use the room's Wi-Fi; turn mobile data off if the page does not open.</source>
            <translation>Используйте Wi-Fi зала; если страница не открывается, выключите мобильные данные.</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="224" />
            <source>Session code: %1</source>
            <translation>Код сессии: %1</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <location filename="../../app/ui/room_join.py" line="289" />
            <source>Let the room join</source>
            <translation>Подключить участников</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="301" />
            <source>This laptop is on no network, so phones cannot reach it. Connect it to the room's Wi-Fi or start its mobile hotspot, then open this again.</source>
            <translation>Ноутбук не подключён ни к одной сети, и телефоны не смогут до него достучаться. Подключите его к Wi-Fi зала или включите на нём точку доступа, затем откройте это окно снова.</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="310" />
            <source>Phones join over the room's Wi-Fi; nothing leaves this laptop. If the venue's Wi-Fi keeps phones apart (they cannot reach the laptop), start the laptop's hotspot or plug in a travel router and have everyone join that network. Each phone that reaches the laptop appears below, even before it joins.</source>
            <translation>Телефоны подключаются через Wi-Fi зала; ничего не уходит за пределы ноутбука. Если Wi-Fi площадки изолирует устройства (телефоны не видят ноутбук), включите на ноутбуке точку доступа или подключите дорожный роутер и попросите всех подключиться к этой сети. Каждый телефон, который достучался до ноутбука, появится ниже, даже до входа.</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="324" />
            <source>Address shown:</source>
            <translation>Показывать адрес:</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="334" />
            <source>Show the QR code on the projector</source>
            <translation>Показать QR-код на проекторе</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="338" />
            <source>Anonymous: no names on the phones' notes</source>
            <translation>Анонимно: заметки с телефонов без имён</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="342" />
            <source>Moderate: phone notes wait here until you accept them</source>
            <translation>Модерация: заметки с телефонов ждут здесь, пока вы их не примете</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="354" />
            <source>Remove the participant</source>
            <translation>Удалить участника</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="366" />
            <source>Accept</source>
            <translation>Принять</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="368" />
            <source>Edit and accept…</source>
            <translation>Исправить и принять…</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="375" />
            <source>Reject</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="388" />
            <source>Try it on this laptop</source>
            <translation>Проверить на этом ноутбуке</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="390" />
            <source>Opens the phone page in this laptop's browser; it appears in the list.</source>
            <translation>Открывает страницу для телефона в браузере этого ноутбука; он появится в списке.</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="393" />
            <source>Save a join page (PDF)…</source>
            <translation>Сохранить страницу для входа (PDF)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="396" />
            <source>Stop letting phones in</source>
            <translation>Больше не пускать телефоны</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="398" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="420" />
            <source>nothing to do (they look at the projector)</source>
            <translation>ничего (смотрят на экран)</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="421" />
            <source>silent writing</source>
            <translation>пишут молча</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="422" />
            <source>dot voting</source>
            <translation>голосуют точками</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="423" />
            <source>their team's good and bad idea</source>
            <translation>хорошая и плохая идея своей команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="424" />
            <source>a solution from the bad idea their team received</source>
            <translation>решение из плохой идеи, которую получила команда</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="425" />
            <source>the Kano questionnaire</source>
            <translation>анкета Кано</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="435" />
            <source>The phones show: %1</source>
            <translation>На телефонах: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="453" />
            <source>A phone at %1 (not joined yet)</source>
            <translation>Телефон %1 (ещё не вошёл)</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="460" />
            <source>Phones connected: %1, joined: %2</source>
            <translation>Телефонов на связи: %1, вошли: %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="515" />
            <source>Waiting for you: %1</source>
            <translation>Ждут вашего решения: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="533" />
            <source>Edit and accept</source>
            <translation>Исправить и принять</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="533" />
            <source>Note text</source>
            <translation>Текст заметки</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="542" />
            <source>Accept a phone note</source>
            <translation>Принять заметку с телефона</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="579" />
            <source>Reject a phone note</source>
            <translation>Отклонить заметку с телефона</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="589" />
            <source>Save a join page</source>
            <translation>Сохранить страницу для входа</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="589" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="607" />
            <source>Cannot write %1: %2</source>
            <translation>Не удаётся записать %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="370" />
            <source>Merge into…</source>
            <translation>Объединить с…</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="372" />
            <source>Adds this note's words to a note that says much the same, then drops it.</source>
            <translation>Добавляет текст этой заметки к заметке о том же и убирает эту.</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="475" />
            <source>Anonymous phone notes</source>
            <translation>Анонимные заметки с телефонов</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="475" />
            <source>Named phone notes</source>
            <translation>Заметки с телефонов с именами</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="479" />
            <source>Moderate phone notes</source>
            <translation>Модерировать заметки с телефонов</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="479" />
            <source>Stop moderating phone notes</source>
            <translation>Не модерировать заметки с телефонов</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="556" />
            <source>There is no other note to merge into.</source>
            <translation>Нет другой заметки для объединения.</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="560" />
            <source>Merge into</source>
            <translation>Объединить с</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="560" />
            <source>The note that says the same</source>
            <translation>Заметка о том же</translation>
        </message>
        <message>
            <location filename="../../app/ui/room_join.py" line="569" />
            <source>Merge a phone note</source>
            <translation>Объединить заметку с телефона</translation>
        </message>
    </context>
    <context>
        <name>JourneyBoard</name>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="269" />
            <source>Four classic stages</source>
            <translation>Четыре классических этапа</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="273" />
            <source>Add stages</source>
            <translation>Добавить этапы</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="278" />
            <location filename="../../app/ui/exercises/journey.py" line="504" />
            <source>Add stage</source>
            <translation>Добавить этап</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="290" />
            <source>Stage metrics</source>
            <translation>Метрики этапа</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="298" />
            <source>Selected card</source>
            <translation>Выбранная карточка</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="300" />
            <location filename="../../app/ui/exercises/journey.py" line="478" />
            <source>Click a card to edit its details.</source>
            <translation>Щёлкните карточку, чтобы изменить её подробности.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="308" />
            <source>Digital</source>
            <translation>Цифровой</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="309" />
            <source>Offline</source>
            <translation>Офлайн</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="313" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="315" />
            <source>Ease, 1–5</source>
            <translation>Простота, 1–5</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="317" />
            <source>Accessibility, 1–5</source>
            <translation>Доступность, 1–5</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="321" />
            <source>Resources and tools</source>
            <translation>Ресурсы и инструменты</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="325" />
            <source>KPI</source>
            <translation>КПЭ</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="332" />
            <source>Should be</source>
            <translation>Как должно быть</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_projector.py" line="394" />
            <location filename="../../app/ui/exercises/journey.py" line="384" />
            <source>Emotion</source>
            <translation>Эмоция</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_projector.py" line="405" />
            <location filename="../../app/ui/exercises/journey.py" line="391" />
            <source>Metrics</source>
            <translation>Метрики</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="403" />
            <source>+ add a card</source>
            <translation>+ карточка</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="424" />
            <source>No stages yet: add the four classic stages or a stage of your own.</source>
            <translation>Этапов пока нет: добавьте четыре классических этапа или свой этап.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_projector.py" line="384" />
            <location filename="../../app/ui/exercises/journey.py" line="457" />
            <source>Hardest moment: %1</source>
            <translation>Самый трудный момент: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="419" />
            <source>ease %1</source>
            <translation>простота %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="428" />
            <source>min</source>
            <translation>мин</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="429" />
            <source>simplicity</source>
            <translation>простота</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="430" />
            <source>steps</source>
            <translation>шаги</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="472" />
            <source>No stage selected.</source>
            <translation>Этап не выбран.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="512" />
            <source>Rename stage</source>
            <translation>Переименовать этап</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="522" />
            <source>Rate emotion</source>
            <translation>Оценить эмоцию</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="529" />
            <source>Add card</source>
            <translation>Добавить карточку</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="536" />
            <source>Edit card</source>
            <translation>Изменить карточку</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="542" />
            <source>Delete card</source>
            <translation>Удалить карточку</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="548" />
            <source>Move card</source>
            <translation>Переместить карточку</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="573" />
            <source>Edit card details</source>
            <translation>Изменить подробности карточки</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="583" />
            <source>Set stage metric</source>
            <translation>Задать метрику этапа</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="590" />
            <source>Tick principle</source>
            <translation>Отметить принцип</translation>
        </message>
    </context>
    <context>
        <name>KanoScatter</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scatter.py" line="81" />
            <source>Better / Worse</source>
            <translation>Лучше / Хуже</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scatter.py" line="135" />
            <source>Worse: unhappy without it →</source>
            <translation>Хуже: недовольны без этого →</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scatter.py" line="143" />
            <source>Better: happy with it →</source>
            <translation>Лучше: довольны, когда это есть →</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scatter.py" line="152" />
            <source>Not plotted (no questionnaire answers yet): %1</source>
            <translation>Не на графике (ещё нет ответов анкеты): %1</translation>
        </message>
    </context>
    <context>
        <name>KanoTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="97" />
            <source>Quick sort</source>
            <translation>Быстрая сортировка</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="98" />
            <source>Questionnaire</source>
            <translation>Анкета</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="128" />
            <source>Drag cards into a column, or select a card and press 1-5 (0 takes it back out).</source>
            <translation>Перетащите карточки в столбцы или выберите карточку и нажмите 1–5 (0 возвращает её обратно).</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="178" />
            <source>Results are dated when the first candidate is sorted: classes drift over time.</source>
            <translation>Результаты получают дату, когда отсортирован первый кандидат: со временем классы смещаются.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="210" />
            <source>Survey: %1</source>
            <translation>Опрос: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="226" />
            <source>No candidates yet: add or promote some first.</source>
            <translation>Кандидатов пока нет: сначала добавьте или перенесите их.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="231" />
            <source>Candidate</source>
            <translation>Кандидат</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="234" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="235" />
            <source>Strength</source>
            <translation>Сила</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="236" />
            <source>Better</source>
            <translation>Лучше</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="237" />
            <source>Worse</source>
            <translation>Хуже</translation>
        </message>
        <message>
            <source>%1 (tie)</source>
            <translation type="vanished">%1 (поровну)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="274" />
            <source>From the quick sort; no questionnaire answers yet</source>
            <translation>По быстрой сортировке; ответов анкеты ещё нет</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="276" />
            <source>From the questionnaire answers</source>
            <translation>По ответам анкеты</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="284" />
            <source>Bold: from questionnaire answers. Italic: from the quick sort.</source>
            <translation>Жирным: по ответам анкеты. Курсивом: по быстрой сортировке.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_kano.py" line="310" />
            <source>Kano class</source>
            <translation>Класс Кано</translation>
        </message>
    </context>
    <context>
        <name>LicenceDialog</name>
        <message>
            <location filename="../../app/ui/about_dialog.py" line="59" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="116" />
            <location filename="../../app/ui/main_window.py" line="595" />
            <location filename="../../app/ui/main_window.py" line="617" />
            <source>Point B</source>
            <translation>Point B</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="161" />
            <source>Read-only: this workshop file cannot be changed here. Use File &gt; Save As… to work on a copy.</source>
            <translation>Только чтение: этот файл семинара здесь изменить нельзя. Чтобы работать с копией, выберите Файл &gt; Сохранить как….</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="182" />
            <source>Boards</source>
            <translation>Доски</translation>
        </message>
        <message>
            <source>+ Add capture board</source>
            <translation type="vanished">+ Доска для идей</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="192" />
            <source>+ Add board</source>
            <translation>+ Добавить доску</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="193" />
            <source>Workshop setup…</source>
            <translation>Настройки семинара…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="230" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="232" />
            <source>&amp;New workshop…</source>
            <translation>&amp;Новый семинар…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="234" />
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="235" />
            <source>Open &amp;recent</source>
            <translation>Недавние &amp;файлы</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="239" />
            <source>Save &amp;As / Duplicate…</source>
            <translation>Сохранить &amp;как / копию…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="242" />
            <source>&amp;Import ideas from CSV…</source>
            <translation>&amp;Импорт идей из CSV…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="245" />
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="248" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Восстановить из резервной копии…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="252" />
            <source>&amp;Close workshop</source>
            <translation>&amp;Закрыть семинар</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="254" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="256" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="257" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="259" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="265" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="269" />
            <source>Select &amp;all</source>
            <translation>Выделить &amp;всё</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="274" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="277" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="280" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="285" />
            <source>Zoom &amp;out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="288" />
            <source>&amp;Fit to window</source>
            <translation>&amp;Вписать в окно</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="292" />
            <source>F&amp;ull screen</source>
            <translation>&amp;Полный экран</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="296" />
            <source>&amp;Workshop</source>
            <translation>&amp;Семинар</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="298" />
            <source>&amp;Setup…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="669" />
            <source>Nothing was imported.</source>
            <translation>Ничего не импортировано.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/main_window.py" line="675" />
            <source>Import %n idea(s)</source>
            <translation>
                <numerusform>Импорт %n идеи</numerusform>
                <numerusform>Импорт %n идей</numerusform>
                <numerusform>Импорт %n идей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/main_window.py" line="693" />
            <source>%n idea(s) imported from %1.</source>
            <translation>
                <numerusform>Импортирована %n идея из %1.</numerusform>
                <numerusform>Импортированы %n идеи из %1.</numerusform>
                <numerusform>Импортировано %n идей из %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="727" />
            <source>The file names teams this workshop does not have: %1. Create them?</source>
            <translation>В файле есть команды, которых нет в этом семинаре: %1. Создать их?</translation>
        </message>
        <message>
            <source>&amp;Add capture board</source>
            <translation type="vanished">&amp;Добавить доску для идей</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="304" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="306" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="308" />
            <source>&amp;About Point B</source>
            <translation>&amp;О программе Point B</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="331" />
            <source>(none yet)</source>
            <translation>(пока нет)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="339" />
            <source>This workshop could not be opened.</source>
            <translation>Этот семинар открыть не удалось.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="360" />
            <source>The workshop could not be created.</source>
            <translation>Семинар создать не удалось.</translation>
        </message>
        <message>
            <source>Ideas</source>
            <translation type="vanished">Идеи</translation>
        </message>
        <message>
            <source>Add boards</source>
            <translation type="vanished">Добавить доски</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="367" />
            <source>Point B workshops (*.pointb)</source>
            <translation>Семинары Point B (*.pointb)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="372" />
            <location filename="../../app/ui/main_window.py" line="383" />
            <source>New workshop</source>
            <translation>Новый семинар</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="384" />
            <source>Workshop title:</source>
            <translation>Название семинара:</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="392" />
            <source>Open workshop</source>
            <translation>Открыть семинар</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="403" />
            <source>The demo workshop could not be written.</source>
            <translation>Не удалось записать демонстрационный семинар.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="413" />
            <source>Save a copy</source>
            <translation>Сохранить копию</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="426" />
            <source>The copy could not be saved.</source>
            <translation>Копию сохранить не удалось.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="430" />
            <source>Saved a copy: %1</source>
            <translation>Копия сохранена: %1</translation>
        </message>
        <message>
            <source>Rename board</source>
            <translation type="vanished">Переименовать доску</translation>
        </message>
        <message>
            <source>Ideas %1</source>
            <translation type="vanished">Идеи %1</translation>
        </message>
        <message>
            <source>Add board</source>
            <translation type="vanished">Добавить доску</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="600" />
            <source> [read-only]</source>
            <translation> [только чтение]</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="612" />
            <source>Something went wrong.</source>
            <translation>Что-то пошло не так.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="641" />
            <location filename="../../app/ui/main_window.py" line="726" />
            <source>Import ideas</source>
            <translation>Импорт идей</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="641" />
            <source>CSV files (*.csv *.txt)</source>
            <translation>Файлы CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="665" />
            <location filename="../../app/ui/main_window.py" line="700" />
            <source>The ideas were not imported.</source>
            <translation>Идеи не импортированы.</translation>
        </message>
        <message>
            <source>Import %1 ideas</source>
            <translation type="vanished">Импорт идей: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="679" />
            <source>Importing ideas from %1…</source>
            <translation>Импорт идей из %1…</translation>
        </message>
        <message>
            <source>%1 ideas imported from %2.</source>
            <translation type="vanished">Импортировано идей: %1 (из %2).</translation>
        </message>
        <message>
            <source>About Point B</source>
            <translation type="vanished">О программе Point B</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Point B %1&lt;/h2&gt;&lt;p&gt;An offline workbench for service-design workshop facilitators: capture, cluster and vote on ideas, then turn them into MVPs and value propositions.&lt;/p&gt;&lt;p&gt;Your workshop is one file you own.&lt;/p&gt;</source>
            <translation type="vanished">&lt;h2&gt;Point B %1&lt;/h2&gt;&lt;p&gt;Рабочее место ведущего сервис-дизайн-семинаров, без интернета: собирайте идеи, группируйте их и голосуйте, а затем превращайте в MVP и ценностные предложения.&lt;/p&gt;&lt;p&gt;Ваш семинар — это один файл, и он принадлежит вам.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MatrixBoard</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="210" />
            <source>Effort: low → high</source>
            <translation>Усилия: мало → много</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="218" />
            <source>Impact: low → high</source>
            <translation>Эффект: мало → много</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="233" />
            <source>Not placed yet (%1)</source>
            <translation>Ещё не размещены (%1)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="240" />
            <source>Drop a card here to take it off the 2x2.</source>
            <translation>Бросьте карточку сюда, чтобы убрать её с матрицы 2×2.</translation>
        </message>
    </context>
    <context>
        <name>MatrixTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="354" />
            <source>Drag cards to where the room places them; Ctrl+click selects several. Drag back to the tray to take a card off the board.</source>
            <translation>Перетаскивайте карточки туда, куда их ставят участники; Ctrl+щелчок выделяет несколько. Чтобы убрать карточку с доски, перетащите её обратно в лоток.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_matrix.py" line="380" />
            <source>Move on the 2x2</source>
            <translation>Перенести на матрице 2×2</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="76" />
            <source>Dismiss</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>ParetoChart</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_pareto.py" line="60" />
            <source>Score some candidates on the Scores tab to see the Pareto view.</source>
            <translation>Оцените кандидатов на вкладке «Оценки», чтобы увидеть диаграмму Парето.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_pareto.py" line="131" />
            <source>Bars: score, best first · line: cumulative share of the total · dashed: 80%</source>
            <translation>Столбцы: оценка, лучшие первыми · линия: накопленная доля от суммы · пунктир: 80%</translation>
        </message>
    </context>
    <context>
        <name>ParetoTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_pareto.py" line="196" />
            <source>No scores yet.</source>
            <translation>Оценок пока нет.</translation>
        </message>
    </context>
    <context>
        <name>PhoneRoom</name>
        <message>
            <location filename="../../app/ui/room_join.py" line="166" />
            <source>Remove a participant</source>
            <translation>Удаление участника</translation>
        </message>
    </context>
    <context>
        <name>PhonesFeature</name>
        <message>
            <location filename="../../app/ui/room_join.py" line="649" />
            <source>The room server could not start: %1</source>
            <translation>Сервер для телефонов не запустился: %1</translation>
        </message>
    </context>
    <context>
        <name>PhotoLayer</name>
        <message>
            <location filename="../../app/ui/images.py" line="364" />
            <source>Add photo</source>
            <translation>Добавить фото</translation>
        </message>
        <message>
            <source>Add %1 photos</source>
            <translation type="vanished">Добавить фото: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/images.py" line="366" />
            <source>Add %n photo(s)</source>
            <translation>
                <numerusform>Добавить %n фотографию</numerusform>
                <numerusform>Добавить %n фотографии</numerusform>
                <numerusform>Добавить %n фотографий</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="396" />
            <source>Pasted image</source>
            <translation>Вставленная картинка</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="408" />
            <source>Insert photos</source>
            <translation>Вставить фото</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="410" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</source>
            <translation>Изображения (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="425" />
            <source>Move photo</source>
            <translation>Перенести фото</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="437" />
            <source>Resize photo</source>
            <translation>Изменить размер фото</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="459" />
            <source>Delete photo</source>
            <translation>Удалить фото</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="461" />
            <source>Delete selection</source>
            <translation>Удалить выделенное</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <location filename="../../app/ui/photo_panel.py" line="135" />
            <source>Add photos…</source>
            <translation>Добавить фото…</translation>
        </message>
        <message>
            <location filename="../../app/ui/photo_panel.py" line="166" />
            <source>Photos (%1)</source>
            <translation>Фотографии (%1)</translation>
        </message>
        <message>
            <location filename="../../app/ui/photo_panel.py" line="166" />
            <source>Photos</source>
            <translation>Фотографии</translation>
        </message>
        <message>
            <location filename="../../app/ui/photo_panel.py" line="169" />
            <source>Drag to move, the corner to resize, Delete to remove.</source>
            <translation>Перетащите, чтобы сдвинуть; за угол — чтобы изменить размер; Delete — удалить.</translation>
        </message>
        <message>
            <location filename="../../app/ui/photo_panel.py" line="171" />
            <source>Drop or paste (Ctrl+V) pictures of the paper wall here.</source>
            <translation>Перетащите сюда или вставьте (Ctrl+V) фотографии бумажной стены.</translation>
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <location filename="../../app/ui/images.py" line="76" />
            <source>%1: the file is empty.</source>
            <translation>%1: файл пуст.</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="77" />
            <source>%1: the file is too large for a photo.</source>
            <translation>%1: файл слишком велик для фотографии.</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="78" />
            <source>%1: the picture is too large to open safely (it may be a decompression bomb).</source>
            <translation>%1: картинка слишком велика, открывать её небезопасно (возможно, это «бомба-архив»).</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="82" />
            <source>%1: not a picture Point B can read (use PNG, JPEG, GIF, BMP, WebP or TIFF).</source>
            <translation>%1: Point B не может прочитать эту картинку (подойдут PNG, JPEG, GIF, BMP, WebP или TIFF).</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="85" />
            <source>%1: the picture is damaged and cannot be read.</source>
            <translation>%1: картинка повреждена, прочитать её нельзя.</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="88" />
            <source>%1: the file cannot be read.</source>
            <translation>%1: файл не читается.</translation>
        </message>
        <message>
            <location filename="../../app/ui/images.py" line="90" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderBoard</name>
        <message>
            <source>The %1 exercise opens here in a later version of Point B.</source>
            <translation type="vanished">Упражнение «%1» появится здесь в следующей версии Point B.</translation>
        </message>
    </context>
    <context>
        <name>PlanTable</name>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="67" />
            <source>Step</source>
            <translation>Шаг</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="68" />
            <source>Checkpoint date (YYYY-MM-DD)</source>
            <translation>Контрольная дата (ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="69" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="70" />
            <source>How we know we are on track</source>
            <translation>Как поймём, что идём верно</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="71" />
            <source>Done</source>
            <translation>Готово</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../app/ui/preferences.py" line="83" />
            <source>Preferences</source>
            <translation>Настройки программы</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="91" />
            <source>As the system (%1)</source>
            <translation>Как в системе (%1)</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="98" />
            <source>A new language applies when Point B starts again.</source>
            <translation>Новый язык включится при следующем запуске Point B.</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="104" />
            <location filename="../../app/ui/preferences.py" line="109" />
            <source>Normal</source>
            <translation>Обычная</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="105" />
            <source>High contrast</source>
            <translation>Высокий контраст</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="108" />
            <source>High contrast (recommended)</source>
            <translation>Высокий контраст (рекомендуется)</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="116" />
            <source>Also Ctrl+Alt+= and Ctrl+Alt+- (Ctrl+Alt+0: normal)</source>
            <translation>Также Ctrl+Alt+= и Ctrl+Alt+- (Ctrl+Alt+0 — обычный размер)</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="117" />
            <source>Play a chime when a step's time is up</source>
            <translation>Звонок, когда время шага вышло</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="120" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="122" />
            <source>Theme of this window</source>
            <translation>Тема этого окна</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="123" />
            <source>Theme of the projector</source>
            <translation>Тема проектора</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="124" />
            <source>Size of the interface</source>
            <translation>Размер интерфейса</translation>
        </message>
        <message>
            <location filename="../../app/ui/preferences.py" line="125" />
            <source>Timer</source>
            <translation>Таймер</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <location filename="../../app/ui/presenter.py" line="255" />
            <source>Point B — projector</source>
            <translation>Point B — проектор</translation>
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="258" />
            <source>Full screen</source>
            <translation>Во весь экран</translation>
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="520" />
            <location filename="../../app/ui/presenter.py" line="548" />
            <location filename="../../app/ui/presenter.py" line="551" />
            <source>Point B</source>
            <translation>Point B</translation>
        </message>
        <message>
            <location filename="../../app/ui/presenter.py" line="535" />
            <source>Step %1 of %2</source>
            <translation>Шаг %1 из %2</translation>
        </message>
    </context>
    <context>
        <name>Prioritise</name>
        <message>
            <source>Must-be</source>
            <translation type="vanished">Обязательное</translation>
        </message>
        <message>
            <source>Performance</source>
            <translation type="vanished">Линейное</translation>
        </message>
        <message>
            <source>Attractive "wow"</source>
            <translation type="vanished">Привлекательное «вау»</translation>
        </message>
        <message>
            <source>Indifferent</source>
            <translation type="vanished">Безразличное</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation type="vanished">Обратное</translation>
        </message>
        <message>
            <source>Questionable</source>
            <translation type="vanished">Сомнительное</translation>
        </message>
        <message>
            <source>Not sorted yet</source>
            <translation type="vanished">Ещё не отсортировано</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="84" />
            <source>Must</source>
            <translation>Обязательно</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="85" />
            <source>Should</source>
            <translation>Желательно</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="86" />
            <source>Could</source>
            <translation>Можно</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="87" />
            <source>Won't</source>
            <translation>Не будем</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="94" />
            <source>from a capture note</source>
            <translation>из заметки с доски идей</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="95" />
            <source>solution from a bad idea</source>
            <translation>решение из плохой идеи</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="96" />
            <source>a team's good idea</source>
            <translation>хорошая идея команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="97" />
            <source>typed in</source>
            <translation>введено вручную</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="184" />
            <source>Stripe = Kano class:</source>
            <translation>Полоска — класс Кано:</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="98" />
            <source>from the journey map</source>
            <translation>с карты пути клиента</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_common.py" line="99" />
            <source>from the scenario audit</source>
            <translation>из аудита сценариев</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation type="vanished">Быстрые победы</translation>
        </message>
        <message>
            <source>Big bets</source>
            <translation type="vanished">Крупные ставки</translation>
        </message>
        <message>
            <source>Fill-ins</source>
            <translation type="vanished">Мелочи</translation>
        </message>
        <message>
            <source>Money pits</source>
            <translation type="vanished">Бездонные ямы</translation>
        </message>
    </context>
    <context>
        <name>PrioritiseBoardWidget</name>
        <message>
            <source>Candidates</source>
            <translation type="vanished">Кандидаты</translation>
        </message>
        <message>
            <source>Kano</source>
            <translation type="vanished">Кано</translation>
        </message>
        <message>
            <source>Impact / effort</source>
            <translation type="vanished">Эффект / усилия</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation type="vanished">Оценки</translation>
        </message>
        <message>
            <source>Release slices</source>
            <translation type="vanished">Релизы</translation>
        </message>
        <message>
            <source>Pareto</source>
            <translation type="vanished">Парето</translation>
        </message>
    </context>
    <context>
        <name>PrioritiseProjectorView</name>
        <message>
            <source>Candidates, best first</source>
            <translation type="vanished">Кандидаты, лучшие сверху</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation type="vanished">Кандидат</translation>
        </message>
        <message>
            <source>Kano</source>
            <translation type="vanished">Кано</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation type="vanished">Голоса</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_projector.py" line="69" />
            <source>No candidates yet.</source>
            <translation>Кандидатов пока нет.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_projector.py" line="38" />
            <source>Candidates by dots</source>
            <translation>Кандидаты по точкам</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_projector.py" line="39" />
            <source>Kano: what kind of need</source>
            <translation>Кано: какая это потребность</translation>
        </message>
        <message>
            <source>Impact / effort</source>
            <translation type="vanished">Эффект / усилия</translation>
        </message>
        <message>
            <source>Release slices</source>
            <translation type="vanished">Релизы</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_projector.py" line="43" />
            <source>Pareto: the share of the value, adding up</source>
            <translation>Парето: доля ценности нарастающим итогом</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_projector.py" line="41" />
            <source>Best first, by %1</source>
            <translation>Лучшие сверху, по %1</translation>
        </message>
        <message>
            <source>Not sorted yet</source>
            <translation type="vanished">Ещё не разобраны</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_projector.py" line="131" />
            <location filename="../../app/ui/exercises/prioritise_projector.py" line="89" />
            <source>+%1 more</source>
            <translation>ещё %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_projector.py" line="142" />
            <source>Not placed yet</source>
            <translation>Ещё не размещены</translation>
        </message>
        <message>
            <source>Not in a slice</source>
            <translation type="vanished">Вне релизов</translation>
        </message>
    </context>
    <context>
        <name>QuestionnairePanel</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="133" />
            <source>Add respondent</source>
            <translation>Добавить респондента</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="135" />
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="246" />
            <source>Remove respondent</source>
            <translation>Удалить респондента</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="137" />
            <source>Import CSV…</source>
            <translation>Загрузить CSV…</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="140" />
            <source>Columns: candidate (exact text or id), respondent, functional, dysfunctional (1-5). One row per respondent and candidate.</source>
            <translation>Столбцы: кандидат (точный текст или номер), респондент, функциональный, дисфункциональный (1–5). По строке на каждую пару респондент — кандидат.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="147" />
            <source>F: if it is there, D: if it is missing. 1 Like · 2 Expect · 3 Neutral · 4 Live with · 5 Dislike</source>
            <translation>Ф: если это есть, Д: если этого нет. 1 Нравится · 2 Жду · 3 Всё равно · 4 Смирюсь · 5 Не нравится</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="166" />
            <source>Double-click a respondent's name to rename them.</source>
            <translation>Чтобы переименовать респондента, дважды щёлкните по имени.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="217" />
            <source>Kano answer</source>
            <translation>Ответ по Кано</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="255" />
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="268" />
            <source>Rename respondent</source>
            <translation>Переименовать респондента</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="255" />
            <source>Name:</source>
            <translation>Имя:</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="276" />
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="289" />
            <source>Import Kano answers</source>
            <translation>Загрузить ответы по Кано</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_questionnaire.py" line="276" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="38" />
            <source>Automatic</source>
            <translation>Автоматически</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="39" />
            <source>Made by hand</source>
            <translation>Вручную</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="40" />
            <source>Before an import</source>
            <translation>Перед импортом</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="41" />
            <source>Before an upgrade to a newer Point B</source>
            <translation>Перед переходом на новую версию Point B</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="44" />
            <source>Before a restore (the state it replaced)</source>
            <translation>Перед восстановлением (состояние, которое было заменено)</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="72" />
            <source>Restore from backup</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="80" />
            <source>Point B keeps snapshots of each workshop in your data folder: every few minutes while it changes, and before imports, upgrades and restores. The newest %1 are kept.</source>
            <translation>Point B хранит снимки каждого семинара в папке данных: каждые несколько минут, пока он меняется, а также перед импортом, обновлением и восстановлением. Хранятся %1 последних.</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="91" />
            <source>Other workshop…</source>
            <translation>Другой семинар…</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="93" />
            <source>Show the backups of another workshop file, also one that no longer opens</source>
            <translation>Показать резервные копии другого файла семинара, в том числе того, что больше не открывается</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="101" />
            <source>Saved at</source>
            <translation>Сохранено</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="101" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="101" />
            <source>Why it was made</source>
            <translation>Почему сделана</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="126" />
            <source>Replacing the current workshop closes it, first saves its present state as a backup ("Before a restore"), then puts the chosen backup in its place and opens it again. Nothing is lost: you can restore the present state too.</source>
            <translation>Замена текущего семинара закрывает его, сначала сохраняет нынешнее состояние как резервную копию («Перед восстановлением»), затем ставит на его место выбранную копию и снова открывает. Ничего не теряется: нынешнее состояние тоже можно восстановить.</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="140" />
            <source>Restore to a new file…</source>
            <translation>Восстановить в новый файл…</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="143" />
            <source>Replace the current workshop…</source>
            <translation>Заменить текущий семинар…</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="145" />
            <source>Open the restored file</source>
            <translation>Открыть восстановленный файл</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="148" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="170" />
            <source>Workshop: %1</source>
            <translation>Семинар: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="172" />
            <source>No workshop is open. Choose the workshop file whose backups you need.</source>
            <translation>Ни один семинар не открыт. Выберите файл семинара, чьи резервные копии нужны.</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="181" />
            <source>unreadable</source>
            <translation>не читается</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="186" />
            <source> — damaged, cannot be restored</source>
            <translation> — повреждена, восстановить нельзя</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="198" />
            <source>There are no backups of this workshop yet. The first one is made a few minutes after the first change.</source>
            <translation>Резервных копий этого семинара пока нет. Первая появится через несколько минут после первого изменения.</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="219" />
            <source>Today, %1</source>
            <translation>Сегодня, %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="221" />
            <source>Yesterday, %1</source>
            <translation>Вчера, %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="244" />
            <source>Whose backups?</source>
            <translation>Чьи резервные копии?</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="244" />
            <location filename="../../app/ui/restore_dialog.py" line="261" />
            <source>Point B workshops (*.pointb)</source>
            <translation>Семинары Point B (*.pointb)</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="259" />
            <source>Restore to a new file</source>
            <translation>Восстановить в новый файл</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="273" />
            <source>this is the open workshop; use “Replace the current workshop”</source>
            <translation>это открытый сейчас семинар; выберите «Заменить текущий семинар»</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="280" />
            <source>Restored into %1.</source>
            <translation>Восстановлено в %1.</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="292" />
            <source>Replace the current workshop</source>
            <translation>Заменить текущий семинар</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="294" />
            <source>Replace %1 with the backup from %2?

Its present state is saved as a backup first, so you can come back to it.</source>
            <translation>Заменить %1 резервной копией от %2?

Нынешнее состояние сначала сохранится как резервная копия, к нему можно будет вернуться.</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="321" />
            <source>Restored the backup into %1. The state it replaced is in the list as “Before a restore”.</source>
            <translation>Резервная копия восстановлена в %1. Заменённое состояние есть в списке как «Перед восстановлением».</translation>
        </message>
        <message>
            <location filename="../../app/ui/restore_dialog.py" line="353" />
            <source>Could not restore into %1: %2</source>
            <translation>Не удалось восстановить в %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ReverseBoard</name>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="54" />
            <source>Set-up</source>
            <translation>Подготовка</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="55" />
            <source>Write</source>
            <translation>Пишем</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="56" />
            <source>Set aside</source>
            <translation>В сторону</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="57" />
            <source>Deal</source>
            <translation>Раздача</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="58" />
            <source>Transform</source>
            <translation>Превращение</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="59" />
            <source>Reveal &amp; pick</source>
            <translation>Показ и выбор</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="66" />
            <source>Choose the teams and the question. Each team will write its best and its worst idea.</source>
            <translation>Выберите команды и вопрос. Каждая команда напишет свою лучшую и свою худшую идею.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="70" />
            <source>Each team writes its BEST idea and its WORST idea. On the projector the cards stay face down.</source>
            <translation>Каждая команда пишет свою ЛУЧШУЮ и свою ХУДШУЮ идею. На проекторе карточки лежат рубашкой вверх.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="75" />
            <source>The good ideas are set aside. They stay in the file and can come back at the end.</source>
            <translation>Хорошие идеи откладываются. Они остаются в файле и могут вернуться в конце.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="79" />
            <source>Every team receives another team's bad idea.</source>
            <translation>Каждая команда получает плохую идею другой команды.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="82" />
            <source>Turn the bad idea you received into a real solution. Write as many as you like.</source>
            <translation>Превратите полученную плохую идею в настоящее решение. Решений может быть сколько угодно.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="86" />
            <source>Each team shows the bad idea it got and what it made of it. Vote, then promote.</source>
            <translation>Каждая команда показывает доставшуюся плохую идею и что она из неё сделала. Голосуйте, затем переносите.</translation>
        </message>
        <message>
            <source>Best idea</source>
            <translation type="vanished">Лучшая идея</translation>
        </message>
        <message>
            <source>Worst idea</source>
            <translation type="vanished">Худшая идея</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="168" />
            <location filename="../../app/ui/exercises/reverse_common.py" line="98" />
            <source>Solution</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_common.py" line="100" />
            <source>Idea</source>
            <translation>Идея</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_cards.py" line="101" />
            <source>from %1</source>
            <translation>от: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_cards.py" line="109" />
            <source>✓ in prioritisation</source>
            <translation>✓ в приоритизации</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_cards.py" line="142" />
            <source>Take a dot back</source>
            <translation>Забрать голос</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_cards.py" line="145" />
            <source>Give a dot</source>
            <translation>Отдать голос</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_cards.py" line="157" />
            <source>Pick</source>
            <translation>Выбрать</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="74" />
            <source>Type the best idea, press Enter</source>
            <translation>Напишите лучшую идею и нажмите Enter</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="75" />
            <source>Type the worst idea, press Enter</source>
            <translation>Напишите худшую идею и нажмите Enter</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="193" />
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="178" />
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="181" />
            <source>Nothing received yet</source>
            <translation>Пока ничего не получено</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="204" />
            <source>A solution built from it, press Enter</source>
            <translation>Решение на её основе, нажмите Enter</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="209" />
            <source>No bad idea was dealt to this team</source>
            <translation>Этой команде плохая идея не досталась</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="215" />
            <source>%1 good · %2 bad</source>
            <translation>хороших: %1 · плохих: %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="220" />
            <source>1 solution</source>
            <translation>1 решение</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="220" />
            <source>%1 solutions</source>
            <translation>решений: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="222" />
            <source>%1 received</source>
            <translation>получено: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="267" />
            <source>↓ turned into</source>
            <translation>↓ превратилась в</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="267" />
            <source>↓ turn it into a solution</source>
            <translation>↓ превратите её в решение</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="275" />
            <source>Best idea set aside</source>
            <translation>Лучшая идея отложена</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_lanes.py" line="275" />
            <source>%1 best ideas set aside</source>
            <translation>Отложено лучших идей: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="75" />
            <source>Parked good ideas</source>
            <translation>Отложенные хорошие идеи</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="155" />
            <source>Hide them again</source>
            <translation>Снова спрятать</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="157" />
            <source>Show them again</source>
            <translation>Показать снова</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="163" />
            <source>1 good idea set aside</source>
            <translation>1 хорошая идея отложена</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="165" />
            <source>%1 good ideas set aside</source>
            <translation>Отложено хороших идей: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="215" />
            <source>Re-deal</source>
            <translation>Раздать заново</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="219" />
            <source>Deal the bad ideas again with a new random seed</source>
            <translation>Раздать плохие идеи заново, по-новому случайно</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="226" />
            <source>Hand a card to another team: drag it to that lane, or right-click it.</source>
            <translation>Чтобы отдать карточку другой команде, перетащите её на дорожку этой команды или щёлкните правой кнопкой.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="266" />
            <source>The deal:</source>
            <translation>Раздача:</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="349" />
            <source>Set up the round</source>
            <translation>Подготовка раунда</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="352" />
            <source>Challenge</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="359" />
            <source>Teams taking part</source>
            <translation>Команды-участники</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="369" />
            <source>Ideas per team</source>
            <translation>Идей на команду</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="378" />
            <source>best ideas and as many worst ideas (one each is the classic)</source>
            <translation>лучших идей и столько же худших (классика — по одной)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_panels.py" line="399" />
            <source>Start the round</source>
            <translation>Начать раунд</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="180" />
            <source>The good idea / bad idea exercise starts soon.</source>
            <translation>Упражнение «Хорошая идея / плохая идея» скоро начнётся.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="239" />
            <source>◀ Back</source>
            <translation>◀ Назад</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="150" />
            <location filename="../../app/ui/exercises/reverse.py" line="271" />
            <source>Step timer</source>
            <translation>Таймер шага</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="277" />
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="422" />
            <source>Voter</source>
            <translation>Голосует</translation>
        </message>
        <message>
            <source>Good idea / bad idea</source>
            <translation type="vanished">Хорошая идея / плохая идея</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="569" />
            <source>Next: %1 ▶</source>
            <translation>Дальше: %1 ▶</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="637" />
            <source>Turn the cards over on the projector</source>
            <translation>Перевернуть карточки на проекторе</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="639" />
            <source>Hide the cards on the projector</source>
            <translation>Спрятать карточки на проекторе</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="648" />
            <source>Promote to prioritisation (%1)</source>
            <translation>Перенести в приоритизацию (%1)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="659" />
            <source>Team %1</source>
            <translation>Команда %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse.py" line="676" />
            <source>%1 of %2 dots left</source>
            <translation>Осталось голосов: %1 из %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="124" />
            <source>Start the good idea / bad idea round</source>
            <translation>Начать раунд «Хорошая идея / плохая идея»</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="135" />
            <source>Step: %1</source>
            <translation>Шаг: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="144" />
            <source>Back to: %1</source>
            <translation>Назад к шагу: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="174" />
            <source>Re-deal the bad ideas</source>
            <translation>Раздать плохие идеи заново</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="180" />
            <source>Hand a bad idea to another team</source>
            <translation>Отдать плохую идею другой команде</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="207" />
            <source>Show the parked good ideas</source>
            <translation>Показать отложенные хорошие идеи</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="207" />
            <source>Hide the parked good ideas</source>
            <translation>Спрятать отложенные хорошие идеи</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="217" />
            <source>Hide the cards</source>
            <translation>Спрятать карточки</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="217" />
            <source>Reveal the cards</source>
            <translation>Открыть карточки</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="227" />
            <source>Vote</source>
            <translation>Голосовать</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="241" />
            <source>Promote to prioritisation</source>
            <translation>Перенести в приоритизацию</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="194" />
            <location filename="../../app/ui/exercises/reverse_session.py" line="189" />
            <source>Edit card</source>
            <translation>Изменить карточку</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="189" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_session.py" line="200" />
            <source>Delete card</source>
            <translation>Удалить карточку</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_cards.py" line="222" />
            <source>Move to…</source>
            <translation>Перенести к…</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_cards.py" line="231" />
            <source>Edit text…</source>
            <translation>Изменить текст…</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/reverse_cards.py" line="235" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
    </context>
    <context>
        <name>Room</name>
        <message>
            <location filename="../../app/ui/room.py" line="60" />
            <source>Agenda</source>
            <translation>Программа</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="103" />
            <source>&amp;Room</source>
            <translation>&amp;Зал</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="111" />
            <source>&amp;Presenter window</source>
            <translation>Окно для &amp;проектора</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="114" />
            <source>&amp;Blank the projector</source>
            <translation>&amp;Затемнить проектор</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="117" />
            <source>&amp;Freeze the projector</source>
            <translation>&amp;Заморозить проектор</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="121" />
            <source>Face-&amp;down mode (silent writing)</source>
            <translation>Карточки &amp;рубашкой вверх (пишем молча)</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="127" />
            <source>&amp;Reveal the notes</source>
            <translation>&amp;Открыть заметки</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="130" />
            <source>Reveal the &amp;votes</source>
            <translation>Показать &amp;голоса</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="134" />
            <source>Start / pause the &amp;timer</source>
            <translation>&amp;Таймер: старт / пауза</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="137" />
            <source>Add one minute</source>
            <translation>Добавить минуту</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="140" />
            <source>Add five minutes</source>
            <translation>Добавить пять минут</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="143" />
            <source>Reset the timer</source>
            <translation>Сбросить таймер</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="147" />
            <source>&amp;Next step</source>
            <translation>&amp;Следующий шаг</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="150" />
            <source>Pre&amp;vious step</source>
            <translation>&amp;Предыдущий шаг</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="153" />
            <source>Choose an &amp;agenda…</source>
            <translation>Выбрать &amp;программу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="156" />
            <source>Show the a&amp;genda</source>
            <translation>Показать п&amp;рограмму</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="161" />
            <source>Insert &amp;photos…</source>
            <translation>Вставить &amp;фото…</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="163" />
            <source>Let the room &amp;join…</source>
            <translation>Подключить &amp;участников…</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="202" />
            <source>&amp;Larger interface</source>
            <translation>&amp;Крупнее интерфейс</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="208" />
            <source>S&amp;maller interface</source>
            <translation>&amp;Мельче интерфейс</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="213" />
            <source>Normal interface size</source>
            <translation>Обычный размер интерфейса</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="220" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Настройки программы…</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="244" />
            <source>The projector is blank (B shows it again).</source>
            <translation>Проектор затемнён (B — показать снова).</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="246" />
            <source>The projector is frozen (F follows again).</source>
            <translation>Проектор заморожен (F — снова следовать за экраном).</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="248" />
            <source>Face-down mode: the room sees only counts.</source>
            <translation>Рубашкой вверх: участники видят только количество.</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="250" />
            <source>The projector hides the vote totals (R reveals them).</source>
            <translation>Проектор скрывает итоги голосования (R покажет их).</translation>
        </message>
        <message>
            <location filename="../../app/ui/room.py" line="331" />
            <source>Photos can be placed on idea boards.</source>
            <translation>Фото можно размещать на досках с идеями.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioBoard</name>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="163" />
            <source>+ a scenario (Enter)</source>
            <translation>+ сценарий (Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="181" />
            <source>Selected model</source>
            <translation>Выбранная модель</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="183" />
            <location filename="../../app/ui/exercises/scenarios.py" line="398" />
            <source>Click a model to edit its test and metrics.</source>
            <translation>Щёлкните модель, чтобы изменить проверку и метрики.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="191" />
            <source>Prototype tested</source>
            <translation>Что проверили прототипом</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="195" />
            <source>With whom</source>
            <translation>С кем</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="200" />
            <source>What we learned</source>
            <translation>Что узнали</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_projector.py" line="469" />
            <location filename="../../app/ui/exercises/scenarios.py" line="224" />
            <source>Scenario</source>
            <translation>Сценарий</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="235" />
            <source>+ a failure</source>
            <translation>+ провал</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="244" />
            <source>+ a model</source>
            <translation>+ модель</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="260" />
            <source>No scenarios yet: type one in the field above and press Enter.</source>
            <translation>Сценариев пока нет: введите сценарий в поле выше и нажмите Enter.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_projector.py" line="484" />
            <location filename="../../app/ui/exercises/scenarios.py" line="351" />
            <source>Principles: %1 of 6</source>
            <translation>Принципы: %1 из 6</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_projector.py" line="458" />
            <location filename="../../app/ui/exercises/scenarios.py" line="371" />
            <source>Complete: %1 of %2</source>
            <translation>Готово: %1 из %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_widgets.py" line="439" />
            <source>tested</source>
            <translation>проверено</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="438" />
            <source>Add scenario</source>
            <translation>Добавить сценарий</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="446" />
            <source>Edit scenario</source>
            <translation>Изменить сценарий</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="453" />
            <source>Add failure</source>
            <translation>Добавить провал</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="460" />
            <source>Edit failure</source>
            <translation>Изменить провал</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="467" />
            <source>Delete failure</source>
            <translation>Удалить провал</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="474" />
            <source>Move failure</source>
            <translation>Переместить провал</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="481" />
            <source>Move model</source>
            <translation>Переместить модель</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="488" />
            <source>Add model</source>
            <translation>Добавить модель</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="495" />
            <source>Edit model</source>
            <translation>Изменить модель</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="502" />
            <source>Delete model</source>
            <translation>Удалить модель</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="512" />
            <source>Edit model details</source>
            <translation>Изменить подробности модели</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="522" />
            <source>Tick principle</source>
            <translation>Отметить принцип</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCell</name>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="92" />
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="92" />
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="94" />
            <source>Move scenario</source>
            <translation>Переместить сценарий</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="98" />
            <source>Delete the scenario with its failures and models</source>
            <translation>Удалить сценарий с его провалами и моделями</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/scenarios.py" line="99" />
            <source>Delete scenario</source>
            <translation>Удалить сценарий</translation>
        </message>
    </context>
    <context>
        <name>ScenarioColumn</name>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="163" />
            <source>Move left</source>
            <translation>Левее</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="163" />
            <source>Move right</source>
            <translation>Правее</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="165" />
            <source>Move scenario</source>
            <translation>Переместить сценарий</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="169" />
            <source>Delete the scenario with its goals and plans</source>
            <translation>Удалить сценарий с его целями и планами</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="170" />
            <source>Delete scenario</source>
            <translation>Удалить сценарий</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="177" />
            <source>Point B: who we are in a year</source>
            <translation>Точка Б: кто мы через год</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="192" />
            <source>+ add a goal</source>
            <translation>+ цель</translation>
        </message>
    </context>
    <context>
        <name>ScoreTableModel</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="64" />
            <source>Candidate</source>
            <translation>Кандидат</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="65" />
            <source>Kano</source>
            <translation>Кано</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="66" />
            <source>Votes</source>
            <translation>Голоса</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="74" />
            <source>ICE score</source>
            <translation>Оценка ICE</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="90" />
            <source>RICE score</source>
            <translation>Оценка RICE</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="92" />
            <source>Slice</source>
            <translation>Релиз</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="80" />
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="70" />
            <source>Impact</source>
            <translation>Эффект</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="70" />
            <source>1-10: how much it moves the goal</source>
            <translation>1–10: насколько это приближает к цели</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="85" />
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="71" />
            <source>Confidence</source>
            <translation>Уверенность</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="71" />
            <source>1-10: how sure we are</source>
            <translation>1–10: насколько мы уверены</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="72" />
            <source>Ease</source>
            <translation>Простота</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="72" />
            <source>1-10: higher means less effort</source>
            <translation>1–10: больше — значит меньше усилий</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="74" />
            <source>Impact × Confidence × Ease</source>
            <translation>Эффект × Уверенность × Простота</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="77" />
            <source>Reach</source>
            <translation>Охват</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="77" />
            <source>People or events per period</source>
            <translation>Люди или события за период</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="82" />
            <source>3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal</source>
            <translation>3 — огромный, 2 — высокий, 1 — средний, 0,5 — низкий, 0,25 — минимальный</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="85" />
            <source>Percent: 100 high, 80 medium, 50 low</source>
            <translation>Проценты: 100 — высокая, 80 — средняя, 50 — низкая</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="87" />
            <source>Effort</source>
            <translation>Усилия</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="87" />
            <source>Person-months</source>
            <translation>Человеко-месяцы</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="90" />
            <source>Reach × Impact × Confidence ÷ Effort</source>
            <translation>Охват × Эффект × Уверенность ÷ Усилия</translation>
        </message>
    </context>
    <context>
        <name>ScoresTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="265" />
            <source>Score method:</source>
            <translation>Способ оценки:</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="309" />
            <source>Double-click a cell (or start typing) to change a value; click a header to sort.</source>
            <translation>Чтобы изменить значение, дважды щёлкните по ячейке (или начните печатать); щелчок по заголовку сортирует.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="336" />
            <source>Impact × Confidence × Ease, each 1-10</source>
            <translation>Эффект × Уверенность × Простота, каждое от 1 до 10</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="338" />
            <source>Reach × Impact × Confidence ÷ Effort (person-months)</source>
            <translation>Охват × Эффект × Уверенность ÷ Усилия (человеко-месяцы)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="355" />
            <source>Score method</source>
            <translation>Способ оценки</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="361" />
            <source>Rename candidate</source>
            <translation>Переименовать кандидата</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_scores.py" line="365" />
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="327" />
            <source>Type of the new job</source>
            <translation>Тип новой задачи</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="347" />
            <source>Add to canvas</source>
            <translation>Добавить на канву</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="50" />
            <source>Workshop setup</source>
            <translation>Настройки семинара</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="62" />
            <source>How might we …?</source>
            <translation>Как нам …?</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="65" />
            <source>Change challenge</source>
            <translation>Изменить задачу</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="70" />
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="73" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="83" />
            <source>Change facilitator</source>
            <translation>Изменить ведущего</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="92" />
            <source>Change language</source>
            <translation>Изменить язык</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="95" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="96" />
            <source>Challenge question</source>
            <translation>Вопрос-задача</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="97" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="98" />
            <source>Facilitator</source>
            <translation>Ведущий</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="99" />
            <source>Language of the notes and exports</source>
            <translation>Язык заметок и выгрузок</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="120" />
            <source>Teams</source>
            <translation>Команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="129" />
            <source>New team name</source>
            <translation>Название новой команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="131" />
            <location filename="../../app/ui/setup_dialog.py" line="167" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="137" />
            <source>Colour…</source>
            <translation>Цвет…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="139" />
            <source>Up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="141" />
            <source>Down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="143" />
            <location filename="../../app/ui/setup_dialog.py" line="169" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="151" />
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="154" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="154" />
            <source>Team</source>
            <translation>Команда</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="163" />
            <source>New participant's name</source>
            <translation>Имя нового участника</translation>
        </message>
        <message>
            <source>No team</source>
            <translation type="vanished">Без команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="261" />
            <source>Rename workshop</source>
            <translation>Переименовать семинар</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="273" />
            <source>Write the date as YYYY-MM-DD, e.g. 2026-11-24.</source>
            <translation>Дата в виде ГГГГ-ММ-ДД, например 2026-11-24.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="276" />
            <source>Change date</source>
            <translation>Изменить дату</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="288" />
            <source>Add team</source>
            <translation>Добавить команду</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="305" />
            <source>Rename team</source>
            <translation>Переименовать команду</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="311" />
            <location filename="../../app/ui/setup_dialog.py" line="318" />
            <source>Team colour</source>
            <translation>Цвет команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="324" />
            <source>Reorder teams</source>
            <translation>Переставить команды</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="337" />
            <source>Remove team</source>
            <translation>Удалить команду</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="351" />
            <source>Add participant</source>
            <translation>Добавить участника</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="366" />
            <source>Rename participant</source>
            <translation>Переименовать участника</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="373" />
            <source>Change team</source>
            <translation>Сменить команду</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup_dialog.py" line="378" />
            <source>Remove participant</source>
            <translation>Удалить участника</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="27" />
            <source>Capture board</source>
            <translation>Доска идей</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="29" />
            <source>Add the typed note; the field stays ready for the next</source>
            <translation>Добавить написанную заметку; поле сразу готово для следующей</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="63" />
            <location filename="../../app/ui/shortcuts.py" line="52" />
            <location filename="../../app/ui/shortcuts.py" line="29" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="30" />
            <source>Type a new note</source>
            <translation>Написать новую заметку</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="31" />
            <source>Edit the selected note in place</source>
            <translation>Изменить выбранную заметку прямо на доске</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="31" />
            <source>F2 or double-click</source>
            <translation>F2 или двойной щелчок</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="64" />
            <location filename="../../app/ui/shortcuts.py" line="32" />
            <source>Keep the edit / new line / cancel</source>
            <translation>Сохранить правку / новая строка / отмена</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="64" />
            <location filename="../../app/ui/shortcuts.py" line="32" />
            <source>Enter / Shift+Enter / Esc</source>
            <translation>Enter / Shift+Enter / Esc</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="33" />
            <source>Select several notes</source>
            <translation>Выделить несколько заметок</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="33" />
            <source>Drag on empty board, or Ctrl+click</source>
            <translation>Протянуть по пустой доске или Ctrl+щелчок</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="34" />
            <source>Group the selected notes into a cluster</source>
            <translation>Собрать выбранные заметки в группу</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="35" />
            <source>Merge the selected clusters</source>
            <translation>Объединить выбранные группы</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="36" />
            <source>Dissolve the selected clusters</source>
            <translation>Расформировать выбранные группы</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="37" />
            <source>Rename a cluster</source>
            <translation>Переименовать группу</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="37" />
            <source>Double-click its title</source>
            <translation>Двойной щелчок по названию</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="38" />
            <source>Dot voting on / off</source>
            <translation>Голосование вкл. / выкл.</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="39" />
            <source>Add a dot / take a dot back</source>
            <translation>Добавить голос / забрать голос</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="39" />
            <source>Click / Shift+click or right-click</source>
            <translation>Щелчок / Shift+щелчок или правая кнопка</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="40" />
            <source>Zoom around the mouse</source>
            <translation>Масштаб вокруг указателя</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="40" />
            <source>Ctrl+wheel</source>
            <translation>Ctrl+колесо</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="41" />
            <source>Pan</source>
            <translation>Сдвинуть доску</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="41" />
            <source>Space+drag or middle button drag</source>
            <translation>Пробел+перетаскивание или средняя кнопка</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="42" />
            <source>Clear the selection / leave voting</source>
            <translation>Снять выделение / выйти из голосования</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="42" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="59" />
            <source>Strategy, journey and audit boards</source>
            <translation>Доски стратегии, пути и аудита</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="60" />
            <source>Journey map</source>
            <translation>Карта пути клиента</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="61" />
            <source>Plan of a goal</source>
            <translation>План цели</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="63" />
            <source>Add the typed card</source>
            <translation>Добавить набранную карточку</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="65" />
            <source>Remove a card</source>
            <translation>Удалить карточку</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="65" />
            <source>Empty its text, then Enter</source>
            <translation>Сотрите текст и нажмите Enter</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="66" />
            <source>Move the card up / down</source>
            <translation>Переместить карточку выше / ниже</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="67" />
            <source>Next field</source>
            <translation>Следующее поле</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="67" />
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="68" />
            <source>Rate a stage's emotion</source>
            <translation>Оценить эмоцию этапа</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="68" />
            <source>Click the curve, or Up / Down</source>
            <translation>Щелчок по кривой или Вверх / Вниз</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="69" />
            <source>Pick a stage on the curve</source>
            <translation>Выбрать этап на кривой</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="69" />
            <source>Left / Right</source>
            <translation>Влево / Вправо</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="70" />
            <source>Clear a stage's emotion</source>
            <translation>Сбросить эмоцию этапа</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="72" />
            <location filename="../../app/ui/shortcuts.py" line="70" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="71" />
            <source>Move a step up / down</source>
            <translation>Переместить шаг выше / ниже</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="72" />
            <source>Delete the selected step</source>
            <translation>Удалить выбранный шаг</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="71" />
            <location filename="../../app/ui/shortcuts.py" line="66" />
            <source>Alt+Up / Alt+Down</source>
            <translation>Alt+Вверх / Alt+Вниз</translation>
        </message>
        <message>
            <source>Good idea / bad idea</source>
            <translation type="vanished">Хорошая идея / плохая идея</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="52" />
            <source>Add the typed idea; a best idea moves on to the worst</source>
            <translation>Добавить набранную идею; после лучшей курсор переходит к худшей</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="53" />
            <source>Type in that team's lane instead</source>
            <translation>Писать в колонку этой команды</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="96" />
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="102" />
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="102" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../app/ui/shortcuts.py" line="102" />
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
    </context>
    <context>
        <name>SliceDialog</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="137" />
            <source>Release slice</source>
            <translation>Релиз</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="146" />
            <source>no budget</source>
            <translation>без бюджета</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="147" />
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="148" />
            <source>Effort budget (person-months):</source>
            <translation>Бюджет усилий (человеко-месяцы):</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="153" />
            <source>Remove slice</source>
            <translation>Удалить релиз</translation>
        </message>
    </context>
    <context>
        <name>SlicesTab</name>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="177" />
            <source>Create MVP 1, MVP 2, Later, Won't</source>
            <translation>Создать MVP 1, MVP 2, Позже, Не будем</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="179" />
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="305" />
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="311" />
            <source>Add slice</source>
            <translation>Добавить релиз</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="181" />
            <source>Suggest a cut</source>
            <translation>Предложить состав</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation type="vanished">Метка:</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="188" />
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="190" />
            <source>Label the selected cards</source>
            <translation>Пометить выбранные карточки</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="208" />
            <source>Drag cards between slices. Double-click a slice's title to rename it or set its budget. Select cards and press M, S, C or W for MoSCoW.</source>
            <translation>Перетаскивайте карточки между релизами. Двойной щелчок по названию релиза — переименовать или задать бюджет. Выделите карточки и нажмите M, S, C или W для метки MoSCoW.</translation>
        </message>
        <message>
            <source>Not in a slice</source>
            <translation type="vanished">Вне релизов</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="236" />
            <source>%1 of %2 person-months</source>
            <translation>%1 из %2 человеко-месяцев</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="238" />
            <source>%1 person-months, no budget</source>
            <translation>%1 человеко-месяцев, без бюджета</translation>
        </message>
        <message>
            <source>%1 pm</source>
            <translation type="vanished">%1 чел.-мес.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="279" />
            <source>No candidates yet: add or promote some first.</source>
            <translation>Кандидатов пока нет: сначала добавьте или перенесите их.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="300" />
            <source>Create release slices</source>
            <translation>Создать релизы</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="305" />
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="332" />
            <source>Change slice</source>
            <translation>Изменить релиз</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="338" />
            <source>Remove slice</source>
            <translation>Удалить релиз</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="348" />
            <source>Move to slice</source>
            <translation>Перенести в релиз</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="362" />
            <source>MoSCoW label</source>
            <translation>Метка MoSCoW</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/prioritise_slices.py" line="387" />
            <source>Accept suggested cut</source>
            <translation>Принять предложенный состав</translation>
        </message>
    </context>
    <context>
        <name>StageHeader</name>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="209" />
            <source>Move left</source>
            <translation>Левее</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="209" />
            <source>Move right</source>
            <translation>Правее</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="210" />
            <source>Move stage</source>
            <translation>Переместить этап</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="212" />
            <source>Delete the stage and its cards</source>
            <translation>Удалить этап и его карточки</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/journey.py" line="213" />
            <source>Delete stage</source>
            <translation>Удалить этап</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../../app/ui/start_screen.py" line="94" />
            <source>Point B</source>
            <translation>Point B</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="98" />
            <source>From where you are to where you want to be: run service-design workshops offline, on one laptop and a projector.</source>
            <translation>Из точки А в точку Б: сервис-дизайн-семинары без интернета, на одном ноутбуке с проектором.</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="110" />
            <source>New blank workshop…</source>
            <translation>Новый пустой семинар…</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="113" />
            <source>Open…</source>
            <translation>Открыть…</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="115" />
            <source>Open the demo workshop</source>
            <translation>Открыть демонстрационный семинар</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="124" />
            <source>Start from an agenda</source>
            <translation>Начать с программы</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="138" />
            <source>New workshop from this agenda…</source>
            <translation>Новый семинар по этой программе…</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="149" />
            <source>Recent workshops</source>
            <translation>Недавние семинары</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="158" />
            <source>Workshops you open appear here.</source>
            <translation>Здесь появятся семинары, которые вы открываете.</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="162" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="164" />
            <source>Remove from list</source>
            <translation>Убрать из списка</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="186" />
            <source>%1 h %2 min</source>
            <translation>%1 ч %2 мин</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="190" />
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="204" />
            <source>Some agenda templates could not be read:</source>
            <translation>Некоторые шаблоны программ прочитать не удалось:</translation>
        </message>
        <message>
            <location filename="../../app/ui/start_screen.py" line="217" />
            <source>%1 (missing)</source>
            <translation>%1 (файл не найден)</translation>
        </message>
    </context>
    <context>
        <name>StatementView</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="49" />
            <source>Product name</source>
            <translation>Название продукта</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="49" />
            <source>e.g. PayLink</source>
            <translation>например, «ПлатиСсылкой»</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="50" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="50" />
            <source>e.g. phone payment service</source>
            <translation>например, сервис оплаты по телефону</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="51" />
            <source>Unlike…</source>
            <translation>В отличие от…</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="51" />
            <source>the alternative the customer uses today</source>
            <translation>альтернатива, которой клиент пользуется сегодня</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="61" />
            <source>AD-LIB (VALUE PROPOSITION DESIGN)</source>
            <translation>ШАБЛОН ФРАЗЫ (ПО КНИГЕ «ЦЕННОСТНОЕ ПРЕДЛОЖЕНИЕ»)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="62" />
            <source>POSITIONING (GEOFFREY MOORE)</source>
            <translation>ПОЗИЦИОНИРОВАНИЕ (ДЖЕФФРИ МУР)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="63" />
            <source>IN THE HERO'S VOICE</source>
            <translation>ГОЛОСОМ ГЕРОЯ</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="66" />
            <source>FINAL STATEMENT</source>
            <translation>ИТОГОВАЯ ФОРМУЛИРОВКА</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="70" />
            <source>The room's own words. Start from a draft above or type here.</source>
            <translation>Собственные слова участников. Начните с черновика выше или пишите здесь.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="78" />
            <source>Saved when you press Enter or leave the field; Shift+Enter starts a new line.</source>
            <translation>Сохраняется по Enter или при выходе из поля; Shift+Enter — новая строка.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="104" />
            <source>Use as final statement</source>
            <translation>Сделать итоговой формулировкой</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="120" />
            <source>Edit the statement</source>
            <translation>Изменить формулировку</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="121" />
            <source>Edit the product name</source>
            <translation>Изменить название продукта</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="122" />
            <source>Edit the category</source>
            <translation>Изменить категорию</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="123" />
            <source>Edit the alternative</source>
            <translation>Изменить альтернативу</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="135" />
            <source>Use the draft as the statement</source>
            <translation>Взять черновик как формулировку</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="176" />
            <source>IN THE HERO'S VOICE: %1</source>
            <translation>ГОЛОСОМ ГЕРОЯ: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="186" />
            <source>TONE OF VOICE</source>
            <translation>ТОН ГОЛОСА</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="192" />
            <source>Choose a hero on the Compare tab to see the words that fit its voice.</source>
            <translation>Выберите героя на вкладке «Сравнение», чтобы увидеть слова в его духе.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="201" />
            <source>Primary</source>
            <translation>Основной</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="202" />
            <source>Secondary</source>
            <translation>Второй</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="214" />
            <source>Promise to relieve: %1</source>
            <translation>Обещание избавить от: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_statement.py" line="218" />
            <source>Gift to offer: </source>
            <translation>Дар, который можно предложить: </translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="172" />
            <source>Agenda step</source>
            <translation>Шаг программы</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="179" />
            <source>What the room does in this step</source>
            <translation>Что участники делают на этом шаге</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="183" />
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="186" />
            <source>Instructions for the room (shown on the projector)</source>
            <translation>Задание для участников (показывается на проекторе)</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="192" />
            <source>Exercise</source>
            <translation>Упражнение</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="193" />
            <source>Board</source>
            <translation>Доска</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="194" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="196" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="197" />
            <source>Timebox</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="198" />
            <source>Instructions</source>
            <translation>Задание</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="211" />
            <source>First board of this exercise</source>
            <translation>Первая доска этого упражнения</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="214" />
            <source>As the board is</source>
            <translation>Как есть на доске</translation>
        </message>
    </context>
    <context>
        <name>StepFlow</name>
        <message>
            <location filename="../../app/ui/step_flow.py" line="129" />
            <location filename="../../app/ui/step_flow.py" line="168" />
            <location filename="../../app/ui/step_flow.py" line="188" />
            <source>Go to step</source>
            <translation>Переход к шагу</translation>
        </message>
    </context>
    <context>
        <name>StrategyBoard</name>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="253" />
            <source>Add a point-B scenario</source>
            <translation>Добавить сценарий точки Б</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="257" />
            <source>Add scenario</source>
            <translation>Добавить сценарий</translation>
        </message>
        <message>
            <source>Point A: where we are now</source>
            <translation type="vanished">Точка А: где мы сейчас</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="273" />
            <source>+ add</source>
            <translation>+ добавить</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="297" />
            <source>+ add a step to the plan</source>
            <translation>+ шаг плана</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="236" />
            <source>Add a point-B scenario: who do we want to be in a year?</source>
            <translation>Добавьте сценарий точки Б: кем мы хотим быть через год?</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/cx_projector.py" line="353" />
            <location filename="../../app/ui/exercises/strategy.py" line="376" />
            <source>%1 scenarios, %2 goals</source>
            <translation>сценариев: %1, целей: %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="384" />
            <source>no plan</source>
            <translation>нет плана</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="387" />
            <source>%1 linked</source>
            <translation>связей: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="396" />
            <source>Select a goal to see its plan.</source>
            <translation>Выберите цель, чтобы увидеть её план.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="400" />
            <source>Plan for: %1</source>
            <translation>План для цели: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="403" />
            <source>%1 of %2 done, %3 overdue, %4 without a checkpoint</source>
            <translation>готово %1 из %2, просрочено %3, без контрольной точки %4</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="424" />
            <source>Add to the canvas</source>
            <translation>Добавить на канву</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="431" />
            <source>Edit the canvas</source>
            <translation>Изменить канву</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="438" />
            <source>Delete from the canvas</source>
            <translation>Удалить с канвы</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="445" />
            <source>Move on the canvas</source>
            <translation>Переместить на канве</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="452" />
            <source>Edit scenario</source>
            <translation>Изменить сценарий</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="469" />
            <source>Served by</source>
            <translation>На цель работают</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="479" />
            <source>Slice: %1</source>
            <translation>Срез: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/strategy.py" line="498" />
            <source>Link goal</source>
            <translation>Связать цель</translation>
        </message>
    </context>
    <context>
        <name>SuggestView</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="216" />
            <source>Ask the room: how much does this matter to the customer?</source>
            <translation>Спросите участников: насколько это важно клиенту?</translation>
        </message>
        <message>
            <source>0 = not at all, 1 = a little, 2 = clearly, 3 = very much</source>
            <translation type="vanished">0 — совсем нет, 1 — немного, 2 — заметно, 3 — очень</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="285" />
            <source>Suggested heroes: a starting point for the discussion; you decide.</source>
            <translation>Предложенные герои — отправная точка для обсуждения; решаете вы.</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation type="vanished">баллов: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="306" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n балл</numerusform>
                <numerusform>%n балла</numerusform>
                <numerusform>%n баллов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="309" />
            <source>✓ Compare</source>
            <translation>✓ Сравнить</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="309" />
            <source>Compare</source>
            <translation>Сравнить</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="321" />
            <source>…and %1 more</source>
            <translation>…и ещё %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_hero.py" line="327" />
            <source>Then: </source>
            <translation>Затем: </translation>
        </message>
    </context>
    <context>
        <name>TagMarks</name>
        <message>
            <source>C</source>
            <translation type="vanished">К</translation>
        </message>
        <message>
            <source>E</source>
            <translation type="vanished">С</translation>
        </message>
        <message>
            <source>R</source>
            <translation type="vanished">И</translation>
        </message>
        <message>
            <source>X</source>
            <translation type="vanished">Х</translation>
        </message>
        <message>
            <source>O</source>
            <translation type="vanished">Н</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <location filename="../../app/ui/theme.py" line="49" />
            <source>No tag</source>
            <translation>Без источника</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation type="vanished">Клиенты</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation type="vanished">Сотрудники</translation>
        </message>
        <message>
            <source>Research</source>
            <translation type="vanished">Исследования</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation type="vanished">Конкуренты</translation>
        </message>
        <message>
            <source>Own idea</source>
            <translation type="vanished">Наша идея</translation>
        </message>
    </context>
    <context>
        <name>TeamCounts</name>
        <message>
            <source>Silent writing</source>
            <translation type="vanished">Пишем молча</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/presenter.py" line="194" />
            <source>%n note(s) written so far. They stay face down until the reveal.</source>
            <translation>
                <numerusform>Пока написана %n заметка. Заметки лежат рубашкой вверх до показа.</numerusform>
                <numerusform>Пока написано %n заметки. Заметки лежат рубашкой вверх до показа.</numerusform>
                <numerusform>Пока написано %n заметок. Заметки лежат рубашкой вверх до показа.</numerusform>
            </translation>
        </message>
        <message>
            <source>No team</source>
            <translation type="vanished">Без команды</translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="248" />
            <source>Choose an agenda</source>
            <translation>Выбор программы</translation>
        </message>
        <message>
            <location filename="../../app/ui/agenda_dialogs.py" line="272" />
            <source>These templates could not be read (the others are fine):</source>
            <translation>Эти шаблоны прочитать не удалось (остальные в порядке):</translation>
        </message>
    </context>
    <context>
        <name>TimerWidget</name>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="59" />
            <location filename="../../app/ui/timer_widget.py" line="180" />
            <source>Start</source>
            <translation>Старт</translation>
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="61" />
            <source>+1</source>
            <translation>+1</translation>
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="62" />
            <source>Add one minute</source>
            <translation>Добавить минуту</translation>
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="63" />
            <source>+5</source>
            <translation>+5</translation>
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="64" />
            <source>Add five minutes</source>
            <translation>Добавить пять минут</translation>
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="65" />
            <source>Reset</source>
            <translation>Сброс</translation>
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="66" />
            <source>Stop and go back to the full time</source>
            <translation>Остановить и вернуть полное время</translation>
        </message>
        <message>
            <location filename="../../app/ui/timer_widget.py" line="180" />
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
    </context>
    <context>
        <name>ValueBoardWidget</name>
        <message>
            <source>Canvas</source>
            <translation type="vanished">Канва</translation>
        </message>
        <message>
            <source>Archetype deck</source>
            <translation type="vanished">Колода архетипов</translation>
        </message>
        <message>
            <source>Suggest a hero</source>
            <translation type="vanished">Подобрать героя</translation>
        </message>
        <message>
            <source>Compare heroes</source>
            <translation type="vanished">Сравнить героев</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation type="vanished">Формулировка</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="128" />
            <source>Segments</source>
            <translation>Сегменты</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="141" />
            <source>New segment… (Enter)</source>
            <translation>Новый сегмент… (Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="145" />
            <source>Edit segment…</source>
            <translation>Изменить сегмент…</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="148" />
            <source>Rename or describe the segment, add or remove canvases</source>
            <translation>Переименовать или описать сегмент, добавить или убрать канвы</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="157" />
            <source>Segment name</source>
            <translation>Название сегмента</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="161" />
            <source>Short description</source>
            <translation>Короткое описание</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="164" />
            <location filename="../../app/ui/exercises/value_prop.py" line="235" />
            <source>Remove segment</source>
            <translation>Удалить сегмент</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="172" />
            <source>A canvas per release slice, or for the whole segment</source>
            <translation>Канва на каждый релиз или на весь сегмент</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="175" />
            <location filename="../../app/ui/exercises/value_prop.py" line="245" />
            <source>New canvas</source>
            <translation>Новая канва</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="178" />
            <source>Products from slice</source>
            <translation>Продукты из релиза</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="179" />
            <source>Add the slice's items that are not yet products</source>
            <translation>Добавить элементы релиза, которых ещё нет среди продуктов</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="182" />
            <location filename="../../app/ui/exercises/value_prop.py" line="268" />
            <source>Remove canvas</source>
            <translation>Удалить канву</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="197" />
            <source>Add segment</source>
            <translation>Добавить сегмент</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="213" />
            <source>Rename segment</source>
            <translation>Переименовать сегмент</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="225" />
            <source>Describe segment</source>
            <translation>Описать сегмент</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="258" />
            <source>Products from the slice</source>
            <translation>Продукты из релиза</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="371" />
            <location filename="../../app/ui/exercises/value_prop.py" line="378" />
            <source>Whole segment</source>
            <translation>Весь сегмент</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="382" />
            <source>For %1</source>
            <translation>Для: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="404" />
            <source>Hero: not chosen yet</source>
            <translation>Герой: ещё не выбран</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="407" />
            <source>Hero: %1</source>
            <translation>Герой: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop.py" line="410" />
            <source> · second voice: %1</source>
            <translation> · второй голос: %1</translation>
        </message>
    </context>
    <context>
        <name>ValueCanvas</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="119" />
            <source>Fit: %1 of %2 top pains and gains addressed (%3%)</source>
            <translation>Соответствие: закрыто %1 из %2 главных болей и выгод (%3%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="118" />
            <source>Fit: rank some pains and gains to see which ones the offer addresses.</source>
            <translation>Соответствие: расставьте важность болей и выгод, чтобы увидеть, какие из них закрывает предложение.</translation>
        </message>
        <message>
            <source>Customer jobs</source>
            <translation type="vanished">Задачи клиента</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation type="vanished">Боли</translation>
        </message>
        <message>
            <source>Gains</source>
            <translation type="vanished">Выгоды</translation>
        </message>
        <message>
            <source>Products &amp; services</source>
            <translation type="vanished">Продукты и услуги</translation>
        </message>
        <message>
            <source>Pain relievers</source>
            <translation type="vanished">Обезболивающие</translation>
        </message>
        <message>
            <source>Gain creators</source>
            <translation type="vanished">Создатели выгод</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="83" />
            <source>What they are trying to get done; most important first</source>
            <translation>Что клиент пытается сделать; важное — первым</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="84" />
            <source>Bad outcomes, obstacles, risks; most severe first</source>
            <translation>Плохие исходы, препятствия, риски; самое острое — первым</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="85" />
            <source>Outcomes and benefits they want; most essential first</source>
            <translation>Желанные результаты и выгоды; главное — первым</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="86" />
            <source>What the offer is built from</source>
            <translation>Из чего состоит предложение</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="87" />
            <source>How the offer eases specific pains</source>
            <translation>Как предложение облегчает конкретные боли</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="88" />
            <source>How the offer produces specific gains</source>
            <translation>Как предложение создаёт конкретные выгоды</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="94" />
            <source>Add a job… (Enter)</source>
            <translation>Добавить задачу… (Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="95" />
            <source>Add a pain… (Enter)</source>
            <translation>Добавить боль… (Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="96" />
            <source>Add a gain… (Enter)</source>
            <translation>Добавить выгоду… (Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="97" />
            <source>Add a product or service… (Enter)</source>
            <translation>Добавить продукт или услугу… (Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="98" />
            <source>Add a pain reliever… (Enter)</source>
            <translation>Добавить обезболивающее… (Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_canvas.py" line="99" />
            <source>Add a gain creator… (Enter)</source>
            <translation>Добавить создателя выгоды… (Enter)</translation>
        </message>
        <message>
            <source>J</source>
            <translation type="vanished">З</translation>
        </message>
        <message>
            <source>P</source>
            <translation type="vanished">Б</translation>
        </message>
        <message>
            <source>G</source>
            <translation type="vanished">В</translation>
        </message>
        <message>
            <source>S</source>
            <translation type="vanished">П</translation>
        </message>
        <message>
            <source>R</source>
            <translation type="vanished">О</translation>
        </message>
        <message>
            <source>C</source>
            <translation type="vanished">С</translation>
        </message>
        <message>
            <source>functional</source>
            <translation type="vanished">функциональная</translation>
        </message>
        <message>
            <source>social</source>
            <translation type="vanished">социальная</translation>
        </message>
        <message>
            <source>emotional</source>
            <translation type="vanished">эмоциональная</translation>
        </message>
        <message>
            <source>supporting</source>
            <translation type="vanished">вспомогательная</translation>
        </message>
    </context>
    <context>
        <name>ValueProjectorView</name>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="43" />
            <source>Who is our hero?</source>
            <translation>Кто наш герой?</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="117" />
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="86" />
            <source>No hero chosen yet</source>
            <translation>Герой ещё не выбран</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="78" />
            <source>No segment yet.</source>
            <translation>Сегментов пока нет.</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="167" />
            <source>No statement yet</source>
            <translation>Формулировки пока нет</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="84" />
            <source>Hero: %1</source>
            <translation>Герой: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="134" />
            <source>second voice: %1</source>
            <translation>второй голос: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="42" />
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="47" />
            <source>The canvas</source>
            <translation>Канва</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation type="vanished">Задачи</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation type="vanished">Боли</translation>
        </message>
        <message>
            <source>Gains</source>
            <translation type="vanished">Выгоды</translation>
        </message>
        <message>
            <source>Products and services</source>
            <translation type="vanished">Продукты и услуги</translation>
        </message>
        <message>
            <source>Pain relievers</source>
            <translation type="vanished">Обезболивающие</translation>
        </message>
        <message>
            <source>Gain creators</source>
            <translation type="vanished">Создатели выгод</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="44" />
            <source>Our hero</source>
            <translation>Наш герой</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="45" />
            <source>Hero and second voice</source>
            <translation>Герой и второй голос</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="46" />
            <source>The value proposition</source>
            <translation>Ценностное предложение</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="121" />
            <source>Wants</source>
            <translation>Хочет</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="122" />
            <source>Fears</source>
            <translation>Боится</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="131" />
            <source>Ask the room</source>
            <translation>Спросите зал</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="145" />
            <source>Hero</source>
            <translation>Герой</translation>
        </message>
        <message>
            <location filename="../../app/ui/exercises/value_prop_projector.py" line="145" />
            <source>Second voice</source>
            <translation>Второй голос</translation>
        </message>
    </context>
    <context>
        <name>VoterKeys</name>
        <message>
            <location filename="../../app/ui/board/voting.py" line="45" />
            <source>Keys 1–9 pick the voter.</source>
            <translation>Клавиши 1–9 выбирают голосующего.</translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <source>Keys 1–9 pick the voter</source>
            <translation type="vanished">Клавиши 1–9 выбирают голосующего</translation>
        </message>
    </context>
</TS>
