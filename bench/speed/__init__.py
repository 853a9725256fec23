"""The sections of ``bench/run.py``, one module each, named as on its command line
(``--only throughput,cold``): each has ``run(sizes, tmp)`` giving its rows of the table.

measure.py  what every section shares: the run sizes (full and --quick), timing a fresh
            process, its peak RSS, taking turns between two runs, formatting figures.
table.py    a row of the table and the table itself.
"""
