"""Hypothesis strategies for whole trajectories: any Unicode, any shape the model allows."""

from __future__ import annotations

from hypothesis import strategies as st

from staan_desktop.domain import document as d

# Names are stripped by the services and may not contain line breaks or NUL.
_name_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\n\r")
names = st.text(_name_chars, min_size=1, max_size=20).map(str.strip).filter(bool)
texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)


@st.composite
def trajectories(draw: st.DrawFn) -> d.Trajectory:
    everyone = draw(st.lists(names, max_size=7, unique=True))
    split = draw(st.integers(0, len(everyone)))
    municipalities, party_names = everyone[:split], everyone[split:]
    parties = []
    for name in party_names:
        kind = draw(st.sampled_from([k for k in d.PartyKind if k is not d.PartyKind.GEMEENTE]))
        acting = kind is d.PartyKind.ORGANISATIE and municipalities
        acts_for = tuple(draw(st.lists(st.sampled_from(municipalities), unique=True, max_size=2))) if acting else ()
        parties.append(d.Party(name=name, kind=kind, acts_for=acts_for, description=draw(texts)))
    # Participants, owners, members and interests may belong to any party; scores only to municipalities.
    opt_party = st.one_of(st.none(), st.sampled_from(everyone)) if everyone else st.none()
    opt_mun = st.one_of(st.none(), st.sampled_from(municipalities)) if municipalities else st.none()
    criteria = draw(
        st.lists(
            st.builds(d.Criterion, name=names, weight=st.floats(0, 10, allow_nan=False), scale_min=st.just(1), scale_max=st.just(5)),
            max_size=3,
            unique_by=lambda c: c.name,
        )
    )
    classes = draw(
        st.lists(
            st.builds(d.ClassDef, key=names, name=names, note=texts, min_ratio=st.floats(0, 1, allow_nan=False)),
            max_size=3,
            unique_by=lambda c: c.key,
        )
    )

    @st.composite
    def task_field(draw2: st.DrawFn, name: str) -> d.TaskField:
        scores = []
        if criteria:
            keys = draw2(
                st.lists(
                    st.tuples(st.sampled_from([c.name for c in criteria]), opt_mun), max_size=4, unique=True
                )
            )
            scores = [d.Score(criterion=c, municipality=m, value=draw2(st.integers(1, 5)), note=draw2(texts)) for c, m in keys]
        override = None
        if classes and draw2(st.booleans()):
            override = d.Override(class_key=draw2(st.one_of(st.none(), st.sampled_from([c.key for c in classes]))), reason=draw2(names))
        owners = draw2(st.lists(st.builds(d.Owner, person=names, municipality=opt_party, role=st.sampled_from(list(d.OwnerRole)), from_date=texts), max_size=2))
        return d.TaskField(
            name=name, description=draw2(texts), footnote=draw2(texts), shortlisted=draw2(st.booleans()),
            override=override, scores=tuple(scores), owners=tuple(owners),
        )

    tf_names = draw(st.lists(names, max_size=4, unique=True))
    task_fields = [draw(task_field(n)) for n in tf_names]
    blocks = st.lists(st.builds(d.Block, kind=st.sampled_from(list(d.BlockKind)), text=texts), max_size=3)
    leaf = st.builds(d.Section, title=names, blocks=blocks.map(tuple))
    sections = st.lists(
        st.builds(d.Section, title=names, blocks=blocks.map(tuple), children=st.lists(leaf, max_size=2).map(tuple)),
        max_size=3,
    )
    interests = []
    for cat in draw(st.lists(names, max_size=2, unique=True)):
        cols = draw(st.lists(st.sampled_from(everyone), unique=True, max_size=3)) if everyone else []
        interests.append(d.InterestCategory(name=cat, columns=tuple(d.InterestColumn(municipality=m, items=tuple(draw(st.lists(texts, min_size=1, max_size=3)))) for m in cols)))
    roles = draw(
        st.lists(
            st.builds(
                d.Role, name=names, description=texts, responsibilities_title=texts,
                responsibilities=st.lists(st.builds(d.Responsibility, text=texts, footnote=texts), max_size=3).map(tuple),
                members=st.lists(st.builds(d.Member, name=names, municipality=opt_party), max_size=2).map(tuple),
            ),
            max_size=3,
            unique_by=lambda r: r.name,
        )
    )
    conferences = draw(
        st.lists(
            st.builds(
                d.Conference, date=texts, place=texts, theme=texts,
                participants=st.lists(st.builds(d.Participant, name=names, municipality=opt_party, function=texts), max_size=2).map(tuple),
                questions=st.lists(texts, max_size=3).map(tuple),
            ),
            max_size=2,
        )
    )
    @st.composite
    def option(draw2: st.DrawFn, name: str) -> d.Option:
        scores = []
        if criteria:
            keys = draw2(st.lists(st.tuples(st.sampled_from([c.name for c in criteria]), opt_mun), max_size=4, unique=True))
            # In the order a document keeps them: by criterion, the agreed score first.
            order = [c.name for c in criteria]
            keys.sort(key=lambda k: (order.index(k[0]), -1 if k[1] is None else municipalities.index(k[1])))
            scores = [d.Score(criterion=c, municipality=m, value=draw2(st.integers(1, 5)), note=draw2(texts)) for c, m in keys]
        points = st.lists(texts, max_size=3).map(tuple)
        return d.Option(
            name=name, description=draw2(texts),
            swot=d.Swot(strengths=draw2(points), weaknesses=draw2(points), opportunities=draw2(points), threats=draw2(points)),
            references=tuple(draw2(st.lists(st.builds(d.ReferenceCase, name=names, description=texts), max_size=2))),
            scores=tuple(scores),
        )

    options = [draw(option(n)) for n in draw(st.lists(names, max_size=3, unique=True))]
    option_names = [x.name for x in options]

    @st.composite
    def knock_out(draw2: st.DrawFn) -> d.KnockOut:
        judged = [n for n in option_names if draw2(st.booleans())]  # in the options' order, as stored
        return d.KnockOut(
            condition=draw2(names),
            verdicts=tuple(d.KnockOutVerdict(option=n, verdict=draw2(st.sampled_from(list(d.Verdict))), reason=draw2(texts)) for n in judged),
        )

    frame = draw(st.lists(
        st.builds(d.FrameStep, title=names, description=texts, knock_outs=st.lists(knock_out(), max_size=2).map(tuple),
                  criteria=st.lists(st.sampled_from([c.name for c in criteria]), unique=True, max_size=2).map(tuple) if criteria else st.just(())),
        max_size=2,
    ))
    decision = None
    if draw(st.booleans()):
        decided = [n for n in option_names if draw(st.booleans())]
        decision = d.OptionsDecision(
            decided_on=draw(texts), reasons=draw(texts),
            choices=tuple(d.OptionChoice(option=n, status=draw(st.sampled_from(list(d.OptionStatus))), reason=draw(texts)) for n in decided),
        )
    info = st.builds(
        d.TrajectoryInfo, title=names, subtitle=texts, short_name=texts, procesmanager=texts, author_role=texts,
        document_date=texts, version_label=texts, status=st.sampled_from(list(d.Status)),
        character_keywords=st.lists(names, max_size=3).map(tuple), differences=texts,
    )
    def all_titles(secs):
        for sec in secs:
            yield sec.title
            yield from all_titles(sec.children)

    section_list = draw(sections)
    chapters = list(all_titles(section_list))
    opt = lambda values: st.one_of(st.none(), st.sampled_from(values)) if values else st.none()  # noqa: E731
    actions = draw(
        st.lists(
            st.builds(
                d.ActionItem, kind=st.sampled_from(list(d.ActionKind)), description=names, owner_person=texts,
                owner_party=opt_party, target_date=st.one_of(st.none(), st.dates()), status=st.sampled_from(list(d.ActionStatus)),
                task_field=opt(tf_names), option=opt(option_names), chapter=opt(chapters),
            ),
            max_size=3,
        )
    )
    figure_names = draw(st.lists(names, max_size=3, unique=True))
    key_figures = [
        d.KeyFigure(
            name=name, unit=draw(texts), source=draw(texts), as_of=draw(st.one_of(st.none(), st.dates())),
            values=tuple(
                d.FigureValue(municipality=m, value=draw(st.floats(0, 1e9, allow_nan=False)))
                for m in sorted(draw(st.lists(st.sampled_from(municipalities), unique=True)), key=municipalities.index)
            ) if municipalities else (),
        )
        for name in figure_names
    ]
    cost_keys = draw(
        st.lists(
            st.builds(
                d.CostKey, name=names, description=texts, reasons=texts, chosen=st.just(False),
                terms=(st.lists(st.sampled_from(figure_names), unique=True, max_size=2).map(
                    lambda fs: tuple(d.CostKeyTerm(figure=f, weight=1.5) for f in fs)) if figure_names else st.just(())),
            ),
            max_size=2,
            unique_by=lambda k: k.name,
        )
    )
    statuses = st.sampled_from(list(d.QuestionStatus))
    knowledge_agenda = draw(st.lists(st.builds(
        d.KnowledgeRubric, name=names, owner=texts, owner_party=opt_party,
        products=st.lists(names, max_size=2).map(tuple),
        questions=st.lists(st.builds(d.KnowledgeQuestion, text=names, status=statuses, answered_in=texts), max_size=2).map(tuple),
    ), max_size=2, unique_by=lambda k: k.name))
    open_questions = draw(st.lists(st.builds(d.OpenQuestion, theme=texts, text=names, status=statuses, answered_in=texts), max_size=3))
    mandates = draw(st.lists(st.builds(d.Mandate, municipality=opt_mun, kind=st.sampled_from(list(d.MandateKind)), text=names,
                                       answered_in=texts, status=statuses), max_size=3))
    cooperations = draw(st.lists(st.builds(
        d.Cooperation, name=names, parties=st.lists(names, unique=True, max_size=3).map(tuple), field=texts, legal_form=texts,
        task_fields=(st.lists(st.sampled_from(tf_names), unique=True, max_size=2).map(tuple) if tf_names else st.just(())),
        options=(st.lists(st.sampled_from(option_names), unique=True, max_size=2).map(tuple) if option_names else st.just(())),
    ), max_size=2, unique_by=lambda c: c.name))
    if cost_keys and draw(st.booleans()):
        cost_keys[0] = cost_keys[0].model_copy(update={"chosen": True})
    # Weight sets as a document keeps them: in the municipalities' order, weights in the criteria's.
    weight_sets = tuple(
        d.WeightSet(municipality=m, weights=tuple(
            d.CriterionWeight(criterion=c.name, weight=draw(st.floats(0, 1000, allow_nan=False)))
            for c in criteria if c.name in chosen))
        for m in municipalities
        if criteria and draw(st.booleans()) and (chosen := draw(st.lists(st.sampled_from([c.name for c in criteria]), min_size=1, unique=True)))
    )
    return d.Trajectory(
        trajectory=draw(info), municipalities=tuple(municipalities), parties=tuple(parties), conferences=tuple(conferences),
        sections=tuple(section_list), statements=tuple(draw(st.lists(texts, max_size=4))),
        motives=tuple(draw(st.lists(st.builds(d.Motive, letter=st.text(_name_chars, min_size=1, max_size=3).filter(str.strip), name=names, explanation=texts), max_size=5))),
        interests=tuple(interests), criteria=tuple(criteria), classes=tuple(classes), task_fields=tuple(task_fields),
        roles=tuple(roles), rules=tuple(draw(st.lists(texts, max_size=3))), options=tuple(options),
        frame=tuple(frame), decision=decision, actions=tuple(actions),
        key_figures=tuple(key_figures), cost_keys=tuple(cost_keys), knowledge_agenda=tuple(knowledge_agenda),
        open_questions=tuple(open_questions), mandates=tuple(mandates), cooperations=tuple(cooperations),
        weight_sets=weight_sets,
    )
