"""Stages and actions: the verbs that make a count a flow or a stock (新增, 新建, 建成, 开工, 启动, 制定, 创建, 签约,
累计建设), read in one place.

The package imports none of its modules here: kg.extractors.indicator_names calls the lower layer and the upper
layer calls kg.extractors.indicator_names to name labels, so loading both layers with the package would be a cycle;
each caller imports the module it needs.

Lower layer (imports nothing of kg.extractors.indicator_names):

- :mod:`~kg.extractors.stage.words`: the shared constants (the tagger's verb flags, particles, the list mark, how
  far the reading looks) and the lexicon's stage verbs and verb classes as matched (:func:`stage_verbs`,
  :func:`stage_opening`, :func:`stage_closing`, :func:`stage_degree`, :func:`strip_leading`, :func:`unverbed`,
  :func:`class_verbs`).
- :mod:`~kg.extractors.stage.flows`: whether a wording's verb makes its indicator a flow or a stock in the normal
  form (:func:`works_under_way`, :func:`stock_built`, :func:`without_process`, :func:`counts_things`).

Upper layer (names labels through kg.extractors.indicator_names):

- :mod:`~kg.extractors.stage.labels`: the stage a figure's label keeps (:func:`stage_before`, :func:`with_stage`,
  :func:`measured`, :func:`leading_stage`, :func:`own_stage`, :func:`staged`, :func:`stage_after`,
  :func:`built_so_far`, :func:`staged_part`, :func:`kind_part`, :func:`opened_use`).
- :mod:`~kg.extractors.stage.actions`: the action a figure's label keeps (:func:`joined_alternatives`,
  :func:`verbs_over_modifier`, :func:`action_before_count`, :func:`examples_action`).
- :mod:`~kg.extractors.stage.lists`: actions across list items (:func:`list_closed`, :func:`carried_action`,
  :func:`clause_action`, :func:`item_verb`, :func:`listed_verbs`).
- :mod:`~kg.extractors.stage.selections`: the action that selects what is counted (:func:`listed_recognised`,
  :func:`people_acting`, :func:`people_sent`).
- :mod:`~kg.extractors.stage.actors`: the body acting on a count, kept beside another body doing the same
  (:func:`contrasted_actor`).
- :mod:`~kg.extractors.stage.secured`: a sum of money a body secured from above, named by the verb of securing
  (:func:`secured`: 争取中央预算内投资资金).
- :mod:`~kg.extractors.stage.kinds`: kinds listed under one verb sharing the first item's qualifiers
  (:func:`shared_qualifiers`: 新建国家现代农业产业园2个、产业集群1个).
"""
