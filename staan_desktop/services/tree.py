"""Between the tables of a ``.staan`` file and the plain :class:`Trajectory` tree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, delete, select

from staan_desktop.domain import document as d
from staan_desktop.domain import register_tables as r
from staan_desktop.domain import tables as t
from staan_desktop.domain.messages import Message, msg, phrase, worded
from staan_desktop.domain.register_tables import ActionItemRow, CostKeyRow, CostKeyTermRow, FigureValueRow, KeyFigureRow
from staan_desktop.domain.row_rules import RowError, check_row

from .errors import ValidationError
from .method_tree import clear_method, read_method, write_method
from .option_tree import clear_options, read_decision, read_frame, read_options, validate_options, write_options
from .register_tree import read_register, write_register
from .rows import grouped, ordered
from .weight_tree import clear_weight_sets, read_weight_sets, validate_weight_sets, write_weight_sets

_Row = TypeVar("_Row", bound=t.PositionedRow)

#: Children before parents, so that deleting in this order never trips a foreign key.
CONTENT_TABLES: tuple[type[SQLModel], ...] = (
    ActionItemRow,
    r.KnowledgeQuestionRow,
    r.KnowledgeRubricRow,
    r.OpenQuestionRow,
    r.MandateRow,
    r.CooperationRow,
    CostKeyTermRow,
    CostKeyRow,
    FigureValueRow,
    KeyFigureRow,
    t.ScoreRow,
    t.OwnerRow,
    t.InterestItemRow,
    t.ParticipantRow,
    t.QuestionRow,
    t.BlockRow,
    t.ResponsibilityRow,
    t.MemberRow,
    t.TaskFieldRow,
    t.CriterionRow,
    t.ClassRow,
    t.InterestCategoryRow,
    t.ConferenceRow,
    t.SectionRow,
    t.StatementRow,
    t.MotiveRow,
    t.RoleRow,
    t.RuleRow,
    t.MunicipalityRow,
    t.TrajectoryRow,
)


#: Tables that are one list of the tree, with the most rows the tree takes.
TABLE_LIMITS: dict[str, int] = {
    **{
        row_type.__tablename__: d.MAX_ITEMS
        for row_type in (t.StatementRow, t.RuleRow, t.MotiveRow, t.ConferenceRow, t.CriterionRow, t.ClassRow,
                         t.TaskFieldRow, t.RoleRow, t.InterestCategoryRow)
    },
    t.MunicipalityRow.__tablename__: d.MAX_MUNICIPALITIES,
}


def check_counts(session: Session) -> None:
    """Refuse a list longer than the tree takes before loading a row of it: a million
    statements would otherwise be read one by one only to be refused at the end."""
    connection = session.connection()
    for table, limit in TABLE_LIMITS.items():
        if connection.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1 OFFSET ?', (limit,)).first() is not None:
            raise RowError(table, worded(msg("rows.from_on", first=limit + 1)), "", worded(msg("rows.too_many", maximum=limit)))


def trajectory_row(session: Session) -> t.TrajectoryRow:
    row = session.exec(select(t.TrajectoryRow)).first()
    if row is None:
        row = t.TrajectoryRow(title="Nieuw traject")
        session.add(row)
        session.flush()
    return row


# Plain SQL through the driver: SQLAlchemy's row processing would double the cost of 255,000 scores.
_SCORES = "SELECT task_field_id, criterion_id, municipality_id, value, note, id FROM score ORDER BY task_field_id, id"
_SCORE_COLUMNS = ("task_field_id", "criterion_id", "municipality_id", "value", "note")
_INSERT_SCORE = "INSERT INTO score (task_field_id, criterion_id, municipality_id, value, note) VALUES (?, ?, ?, ?, ?)"


def read_info(session: Session) -> d.TrajectoryInfo:
    """Only the trajectory's own fields (title, status …): what a window title or a first page
    needs, without the 255,000 scores of a large trajectory."""
    info_row = session.exec(select(t.TrajectoryRow)).first() or t.TrajectoryRow(title="Nieuw traject")
    return d.TrajectoryInfo(
        title=info_row.title,
        subtitle=info_row.subtitle,
        short_name=info_row.short_name,
        procesmanager=info_row.procesmanager,
        author_role=info_row.author_role,
        document_date=info_row.document_date,
        version_label=info_row.version_label,
        status=d.Status(info_row.status),
        character_keywords=tuple(info_row.character_keywords or ()),
        differences=info_row.differences,
        procesmanager_public=info_row.procesmanager_public,
    )


def check_placement(
    sections_by_parent: Mapping[int | None, Sequence[t.SectionRow]], blocks: Mapping[int | None, Sequence[t.BlockRow]]
) -> None:
    """Every chapter hangs under the top or another chapter, every block under a chapter: a
    chapter in a loop of parents, or under one that is gone, would silently drop out."""
    placed: set[int | None] = set()
    waiting: list[int | None] = [None]
    while waiting:
        for child in sections_by_parent.get(waiting.pop(), ()):
            if child.id not in placed:
                placed.add(child.id)
                waiting.append(child.id)
    for rows in sections_by_parent.values():
        for row in rows:
            if row.id not in placed:
                raise RowError("section", row.id, "parent_id", worded(msg("rows.unplaced_section")))
    for section_id, section_blocks in blocks.items():
        if section_id not in placed:
            raise RowError("block", section_blocks[0].id, "section_id", worded(msg("rows.orphan_block")))


def read_tree(session: Session) -> d.Trajectory:
    check_counts(session)
    # Municipalities and the other parties share a table; references may name either.
    all_parties = ordered(session, t.MunicipalityRow)
    municipalities = [m for m in all_parties if m.kind == d.PartyKind.GEMEENTE.value]
    mun = {m.id: m.name for m in all_parties}
    criteria = ordered(session, t.CriterionRow)
    crit = {c.id: c.name for c in criteria}

    participants = grouped(ordered(session, t.ParticipantRow), "conference_id")
    questions = grouped(ordered(session, t.QuestionRow), "conference_id")
    conferences = tuple(
        d.Conference(
            date=c.date,
            place=c.place,
            theme=c.theme,
            participants=tuple(
                d.Participant(name=p.name, municipality=mun.get(p.municipality_id), function=p.function,
                              public_function=p.public_function)
                for p in participants[c.id]
            ),
            questions=tuple(q.text for q in questions[c.id]),
        )
        for c in ordered(session, t.ConferenceRow)
    )

    blocks = grouped(ordered(session, t.BlockRow), "section_id")
    sections_by_parent = grouped(ordered(session, t.SectionRow), "parent_id")
    check_placement(sections_by_parent, blocks)

    def section_tree(parent_id: int | None) -> tuple[d.Section, ...]:
        return tuple(
            d.Section(
                title=s.title,
                blocks=tuple(d.Block(kind=d.BlockKind(b.kind), text=b.text) for b in blocks[s.id]),
                children=section_tree(s.id),
            )
            for s in sections_by_parent[parent_id]
        )

    items = grouped(ordered(session, t.InterestItemRow), "category_id")
    interests = []
    for category in ordered(session, t.InterestCategoryRow):
        per_mun = grouped(items[category.id], "municipality_id")
        interests.append(
            d.InterestCategory(
                name=category.name,
                columns=tuple(
                    d.InterestColumn(municipality=m.name, items=tuple(i.text for i in per_mun[m.id]))
                    for m in all_parties
                    if per_mun[m.id]
                ),
            )
        )

    # A large trajectory has 255,000 scores: read them as plain tuples (not ORM objects) and
    # share one validated, immutable Score per distinct (criterion, municipality, value, note)
    # (a few thousand), which makes this 10× faster and the tree far smaller.
    scores: dict[int | None, list[Sequence[Any]]] = defaultdict(list)
    for row in session.connection().exec_driver_sql(_SCORES).fetchall():
        scores[row[0]].append(row)
    shared_scores: dict[Sequence[Any], d.Score] = {}

    def score(row: Sequence[Any]) -> d.Score:
        key = row[1:5]
        found = shared_scores.get(key)
        if found is None:
            # Read past the ORM, so checked here: each distinct score once.
            _tf, criterion_id, municipality_id, value, note, score_id = row
            check_row(t.sql_table(t.ScoreRow), {"id": score_id, **dict(zip(_SCORE_COLUMNS, row))})
            if criterion_id not in crit or (municipality_id is not None and municipality_id not in mun):
                raise RowError("score", score_id, "", worded(msg("rows.score_dangling")))
            found = shared_scores[key] = d.Score(
                criterion=crit[criterion_id], municipality=mun.get(municipality_id), value=value, note=note
            )
        return found

    crit_pos = {c.id: i for i, c in enumerate(criteria)}
    mun_pos = {m.id: i for i, m in enumerate(all_parties)}
    owners = grouped(ordered(session, t.OwnerRow), "task_field_id")
    task_fields = []
    for tf in ordered(session, t.TaskFieldRow):
        tf_scores = sorted(
            scores[tf.id],
            key=lambda s: (crit_pos.get(s[1], -1), -1 if s[2] is None else mun_pos.get(s[2], -1)),  # see score()
        )
        task_fields.append(
            d.TaskField(
                name=tf.name,
                description=tf.description,
                footnote=tf.footnote,
                shortlisted=tf.shortlisted,
                override=d.Override(class_key=tf.override_key, reason=tf.override_reason) if tf.overridden else None,
                scores=tuple(score(s) for s in tf_scores),
                owners=tuple(
                    d.Owner(
                        person=o.person,
                        municipality=mun.get(o.municipality_id),
                        role=d.OwnerRole(o.role),
                        from_date=o.from_date,
                        public_function=o.public_function,
                    )
                    for o in owners[tf.id]
                ),
            )
        )

    responsibilities = grouped(ordered(session, t.ResponsibilityRow), "role_id")
    members = grouped(ordered(session, t.MemberRow), "role_id")
    roles = tuple(
        d.Role(
            name=r.name,
            description=r.description,
            responsibilities_title=r.responsibilities_title,
            responsibilities=tuple(d.Responsibility(text=x.text, footnote=x.footnote) for x in responsibilities[r.id]),
            members=tuple(d.Member(name=m.name, municipality=mun.get(m.municipality_id), public_function=m.public_function)
                          for m in members[r.id]),
        )
        for r in ordered(session, t.RoleRow)
    )

    return d.Trajectory(
        trajectory=read_info(session),
        municipalities=tuple(m.name for m in municipalities),
        parties=tuple(
            d.Party(
                name=p.name,
                kind=d.PartyKind(p.kind),
                acts_for=tuple(mun[i] for i in p.acts_for or () if i in mun),
                description=p.description,
            )
            for p in all_parties
            if p.kind != d.PartyKind.GEMEENTE.value
        ),
        conferences=conferences,
        sections=section_tree(None),
        statements=tuple(s.text for s in ordered(session, t.StatementRow)),
        motives=tuple(
            d.Motive(letter=m.letter, name=m.name, explanation=m.explanation) for m in ordered(session, t.MotiveRow)
        ),
        interests=tuple(interests),
        criteria=tuple(
            d.Criterion(name=c.name, weight=c.weight, scale_min=c.scale_min, scale_max=c.scale_max) for c in criteria
        ),
        classes=tuple(
            d.ClassDef(key=c.key, name=c.name, note=c.note, min_ratio=c.min_ratio)
            for c in ordered(session, t.ClassRow)
        ),
        task_fields=tuple(task_fields),
        roles=roles,
        rules=tuple(r.text for r in ordered(session, t.RuleRow)),
        options=read_options(session, mun, crit),
        frame=read_frame(session, crit),
        decision=read_decision(session),
        method=read_method(session),
        weight_sets=read_weight_sets(session, {m.id: m.name for m in municipalities}, crit),
        **read_register(session, mun, {tf.id: tf.name for tf in ordered(session, t.TaskFieldRow)}),
    )


def _unique(values: Iterable[str], what: str | Message) -> None:
    """``what`` names the list: fixed words, or a message where it names an item too."""
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValidationError(msg("tree.twice", what=what if isinstance(what, Message) else phrase(what), value=value))
        seen.add(value)


def validate_tree(tree: d.Trajectory) -> None:
    """The rules that the schema of a single item cannot express: unique names, references
    that point at something, scores within their criterion's scale."""
    if len(tree.municipalities) > d.MAX_MUNICIPALITIES:
        raise ValidationError(msg("trajectory.max_municipalities", maximum=d.MAX_MUNICIPALITIES))
    _unique([*tree.municipalities, *(p.name for p in tree.parties)], "De partij")
    _unique((c.name for c in tree.criteria), "Het criterium")
    _unique((c.key for c in tree.classes), "De klasse")
    _unique((c.name for c in tree.interests), "De categorie")
    _unique((tf.name for tf in tree.task_fields), "Het taakveld")
    _unique((r.name for r in tree.roles), "De rol")
    only_municipalities = set(tree.municipalities)
    municipalities = only_municipalities | {p.name for p in tree.parties}
    criteria = {c.name: c for c in tree.criteria}
    classes = {c.key for c in tree.classes}

    def known_municipality(name: str | None, where: Message) -> None:
        if name is not None and name not in municipalities:
            raise ValidationError(msg("tree.unknown_municipality", where=where, name=name))

    for party in tree.parties:
        if party.kind is d.PartyKind.GEMEENTE:
            raise ValidationError(msg("tree.party_is_municipality", name=party.name))
        if party.acts_for and party.kind is not d.PartyKind.ORGANISATIE:
            raise ValidationError(msg("tree.party_not_organisation", name=party.name))
        _unique(party.acts_for, msg("tree.in_party_municipality", name=party.name))
        for name in party.acts_for:
            if name not in only_municipalities:
                raise ValidationError(msg("tree.party_unknown_municipality", name=party.name, municipality=name))

    for c in tree.criteria:
        if c.scale_min >= c.scale_max:
            raise ValidationError(msg("tree.scale_order", name=c.name))
    for conference in tree.conferences:
        for p in conference.participants:
            known_municipality(p.municipality, msg("tree.at_participant", name=p.name))
    for category in tree.interests:
        _unique((col.municipality for col in category.columns), msg("tree.in_category_municipality", name=category.name))
        for col in category.columns:
            known_municipality(col.municipality, msg("tree.at_category", name=category.name))
    for tf in tree.task_fields:
        seen: set[tuple[str, str | None]] = set()
        for s in tf.scores:
            criterion = criteria.get(s.criterion)
            if criterion is None:
                raise ValidationError(msg("tree.score_unknown_criterion", name=tf.name, criterion=s.criterion))
            if s.municipality is not None and s.municipality not in only_municipalities:
                raise ValidationError(msg("tree.score_not_municipality", name=tf.name, municipality=s.municipality))
            if not criterion.scale_min <= s.value <= criterion.scale_max:
                raise ValidationError(
                    msg("tree.score_outside_scale", value=s.value, name=tf.name, low=criterion.scale_min, high=criterion.scale_max, criterion=criterion.name)
                )
            if (s.criterion, s.municipality) in seen:
                raise ValidationError(msg("tree.two_scores", name=tf.name))
            seen.add((s.criterion, s.municipality))
        for o in tf.owners:
            known_municipality(o.municipality, msg("tree.at_owner", name=o.person))
        if tf.override is not None and tf.override.class_key is not None and tf.override.class_key not in classes:
            raise ValidationError(msg("tree.unknown_class", name=tf.name, key=tf.override.class_key))
    for role in tree.roles:
        for m in role.members:
            known_municipality(m.municipality, msg("tree.at_member", name=m.name, role=role.name))
    validate_options(tree)
    validate_weight_sets(tree)
    task_field_names = {tf.name for tf in tree.task_fields}
    option_names = {o.name for o in tree.options}

    def titles(sections: tuple[d.Section, ...]) -> Iterable[str]:
        for s in sections:
            yield s.title
            yield from titles(s.children)

    chapter_titles = set(titles(tree.sections))
    for a in tree.actions:
        where = msg("tree.at_action", name=a.description[:40])
        known_municipality(a.owner_party, where)
        if a.task_field is not None and a.task_field not in task_field_names:
            raise ValidationError(msg("tree.action_unknown_task_field", where=where, task_field=a.task_field))
        if a.option is not None and a.option not in option_names:
            raise ValidationError(msg("tree.action_unknown_option", where=where, option=a.option))
        if a.chapter is not None and a.chapter not in chapter_titles:
            raise ValidationError(msg("tree.action_unknown_chapter", where=where, chapter=a.chapter))
    _unique((f.name for f in tree.key_figures), "Het kerngetal")
    _unique((k.name for k in tree.cost_keys), "De verdeelsleutel")
    for f in tree.key_figures:
        _unique((v.municipality for v in f.values), msg("tree.in_figure_municipality", name=f.name))
        for v in f.values:
            if v.municipality not in only_municipalities:
                raise ValidationError(msg("tree.figure_not_municipality", name=f.name, municipality=v.municipality))
    figure_names = {f.name for f in tree.key_figures}
    for k in tree.cost_keys:
        _unique((x.figure for x in k.terms), msg("tree.in_key_figure", name=k.name))
        for x in k.terms:
            if x.figure not in figure_names:
                raise ValidationError(msg("tree.key_unknown_figure", name=k.name, figure=x.figure))
    if sum(k.chosen for k in tree.cost_keys) > 1:
        raise ValidationError(msg("tree.one_chosen_key"))
    _unique((k.name for k in tree.knowledge_agenda), "De rubriek")
    for rubric in tree.knowledge_agenda:
        known_municipality(rubric.owner_party, msg("tree.at_rubric", name=rubric.name))
    councils = only_municipalities | {p.name for p in tree.parties if p.kind is d.PartyKind.ORGANISATIE and p.acts_for}
    for mandate in tree.mandates:
        if mandate.municipality is not None and mandate.municipality not in councils:
            raise ValidationError(
                msg("tree.mandate_not_municipality", kind=phrase(mandate.kind.value), text=mandate.text[:40], municipality=mandate.municipality)
            )
    _unique((c.name for c in tree.cooperations), "De samenwerking")
    for cooperation in tree.cooperations:
        where = msg("tree.at_cooperation", name=cooperation.name)
        _unique(cooperation.task_fields, msg("tree.in_cooperation_task_field", name=cooperation.name))
        for name in cooperation.task_fields:
            if name not in task_field_names:
                raise ValidationError(msg("tree.unknown_task_field", where=where, name=name))
        _unique(cooperation.options, msg("tree.in_cooperation_option", name=cooperation.name))
        for name in cooperation.options:
            if name not in option_names:
                raise ValidationError(msg("tree.unknown_option", where=where, name=name))


def clear_content(session: Session) -> None:
    clear_options(session)
    clear_method(session)
    clear_weight_sets(session)
    for row_type in CONTENT_TABLES:
        session.exec(delete(row_type))


def write_tree(session: Session, tree: d.Trajectory) -> None:
    """Replace the whole content of the document by ``tree`` (inside the caller's transaction)."""
    validate_tree(tree)
    clear_content(session)
    info = tree.trajectory
    session.add(
        t.TrajectoryRow(
            id=1,
            title=info.title,
            subtitle=info.subtitle,
            short_name=info.short_name,
            procesmanager=info.procesmanager,
            author_role=info.author_role,
            document_date=info.document_date,
            version_label=info.version_label,
            status=info.status.value,
            character_keywords=list(info.character_keywords),
            differences=info.differences,
            procesmanager_public=info.procesmanager_public,
        )
    )
    mun_rows = [t.MunicipalityRow(name=name, position=i) for i, name in enumerate(tree.municipalities)]
    party_rows = [
        t.MunicipalityRow(name=p.name, kind=p.kind.value, description=p.description, position=len(mun_rows) + i)
        for i, p in enumerate(tree.parties)
    ]
    crit_rows = [
        t.CriterionRow(name=c.name, weight=c.weight, scale_min=c.scale_min, scale_max=c.scale_max, position=i)
        for i, c in enumerate(tree.criteria)
    ]
    session.add_all([*mun_rows, *party_rows, *crit_rows])
    session.add_all(
        t.ClassRow(key=c.key, name=c.name, note=c.note, min_ratio=c.min_ratio, position=i)
        for i, c in enumerate(tree.classes)
    )
    session.add_all(t.StatementRow(text=s, position=i) for i, s in enumerate(tree.statements))
    session.add_all(
        t.MotiveRow(letter=m.letter, name=m.name, explanation=m.explanation, position=i)
        for i, m in enumerate(tree.motives)
    )
    session.add_all(t.RuleRow(text=r, position=i) for i, r in enumerate(tree.rules))
    session.flush()
    mun = {m.name: m.id for m in mun_rows + party_rows}
    for party_row, party in zip(party_rows, tree.parties, strict=True):
        party_row.acts_for = [mun_ids for name in party.acts_for if (mun_ids := mun[name]) is not None]
    crit = {c.name: c.id for c in crit_rows}

    def mun_id(name: str | None) -> int | None:
        return None if name is None else mun[name]

    for i, c in enumerate(tree.conferences):
        row = t.ConferenceRow(date=c.date, place=c.place, theme=c.theme, position=i)
        session.add(row)
        session.flush()
        session.add_all(
            t.ParticipantRow(
                conference_id=row.id, municipality_id=mun_id(p.municipality), name=p.name, function=p.function, position=j,
                public_function=p.public_function,
            )
            for j, p in enumerate(c.participants)
        )
        session.add_all(t.QuestionRow(conference_id=row.id, text=q, position=j) for j, q in enumerate(c.questions))

    def add_sections(sections: tuple[d.Section, ...], parent_id: int | None) -> None:
        for i, s in enumerate(sections):
            row = t.SectionRow(parent_id=parent_id, title=s.title, position=i)
            session.add(row)
            session.flush()
            session.add_all(
                t.BlockRow(section_id=row.id, kind=b.kind.value, text=b.text, position=j) for j, b in enumerate(s.blocks)
            )
            add_sections(s.children, row.id)

    add_sections(tree.sections, None)

    for i, category in enumerate(tree.interests):
        category_row = t.InterestCategoryRow(name=category.name, position=i)
        session.add(category_row)
        session.flush()
        for col in category.columns:
            session.add_all(
                t.InterestItemRow(
                    category_id=category_row.id, municipality_id=mun[col.municipality], text=text, position=j
                )
                for j, text in enumerate(col.items)
            )

    # One flush for all task fields (one INSERT … RETURNING), and the scores as one executemany
    # through the driver: 255,000 ORM objects took half a minute, SQLAlchemy's parameter
    # processing another second and a half.
    tf_rows = [
        t.TaskFieldRow(
            name=tf.name,
            description=tf.description,
            footnote=tf.footnote,
            shortlisted=tf.shortlisted,
            overridden=tf.override is not None,
            override_key=tf.override.class_key if tf.override else None,
            override_reason=tf.override.reason if tf.override else "",
            position=i,
        )
        for i, tf in enumerate(tree.task_fields)
    ]
    session.add_all(tf_rows)
    session.flush()
    score_rows: list[tuple[Any, ...]] = []
    for tf_row, tf in zip(tf_rows, tree.task_fields):
        score_rows.extend((tf_row.id, crit[s.criterion], mun_id(s.municipality), s.value, s.note) for s in tf.scores)
        session.add_all(
            t.OwnerRow(
                task_field_id=tf_row.id,
                municipality_id=mun_id(o.municipality),
                person=o.person,
                role=o.role.value,
                from_date=o.from_date,
                position=j,
                public_function=o.public_function,
            )
            for j, o in enumerate(tf.owners)
        )
    if score_rows:
        session.connection().exec_driver_sql(_INSERT_SCORE, score_rows)

    for i, role in enumerate(tree.roles):
        role_row = t.RoleRow(
            name=role.name, description=role.description, responsibilities_title=role.responsibilities_title, position=i
        )
        session.add(role_row)
        session.flush()
        session.add_all(
            t.ResponsibilityRow(role_id=role_row.id, text=x.text, footnote=x.footnote, position=j)
            for j, x in enumerate(role.responsibilities)
        )
        session.add_all(
            t.MemberRow(role_id=role_row.id, municipality_id=mun_id(m.municipality), name=m.name, position=j,
                        public_function=m.public_function)
            for j, m in enumerate(role.members)
        )
    session.flush()
    write_options(session, tree, mun, crit)
    write_method(session, tree.method)
    write_register(session, tree, mun)
    write_weight_sets(session, tree, mun, crit)
    session.flush()
