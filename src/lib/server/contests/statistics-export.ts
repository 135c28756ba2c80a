import { letter } from '$lib/bank/answer-text';
import type { RoundStatistics } from '$lib/contests/item-statistics';
import { t } from '$lib/i18n';
import { workbookOfSheets } from '$lib/server/import/spreadsheet';

/** Two decimals as a number cell; an undefined figure as an empty cell. */
const figure = (value: number | null): number | string => (value === null ? '' : Math.round(value * 100) / 100);

/** The round's item statistics as .xlsx: per-question figures, the round summary, options and topics. */
export function statisticsWorkbook(stats: RoundStatistics): Promise<Buffer> {
	const { summary } = stats;
	return workbookOfSheets([
		{
			name: t('stats.sheetQuestions'),
			headings: [
				t('stats.number'),
				t('stats.question'),
				t('stats.topic'),
				t('stats.drawn'),
				t('stats.facility'),
				t('stats.questionSd'),
				t('stats.discrimination'),
				t('stats.efficiency'),
				t('stats.upperLower'),
				t('stats.remark')
			],
			rows: stats.questions.map((q, i) => [
				i + 1,
				q.stem,
				q.topic ?? t('stats.noTopic'),
				q.n,
				figure(q.facility),
				figure(q.sd),
				figure(q.discrimination),
				figure(q.efficiency),
				figure(q.upperLower),
				q.needsReview ? t('stats.needsReview') : ''
			])
		},
		{
			name: t('stats.sheetSummary'),
			headings: [t('stats.figure'), t('stats.value')],
			rows: [
				[t('stats.n'), summary.n],
				[t('stats.questionCount'), summary.questionCount],
				[t('stats.mean'), figure(summary.mean)],
				[t('stats.median'), figure(summary.median)],
				[t('stats.sd'), figure(summary.sd)],
				[t('stats.skewness'), figure(summary.skewness)],
				[t('stats.alpha'), figure(summary.alpha)],
				[t('stats.errorRatio'), figure(summary.errorRatio)],
				[t('stats.standardError'), figure(summary.standardError)]
			]
		},
		{
			name: t('stats.sheetOptions'),
			headings: [
				t('stats.number'),
				t('stats.question'),
				t('stats.option'),
				t('stats.key'),
				t('stats.chosen'),
				t('stats.top'),
				t('stats.bottom')
			],
			rows: stats.questions.flatMap((q, i) =>
				q.choices
					? [
							...q.choices.options.map((o, index) => [
								i + 1,
								q.stem,
								`${letter(index)}. ${o.text}`,
								o.correct ? t('common.true') : '',
								o.all,
								o.top,
								o.bottom
							]),
							[i + 1, q.stem, t('stats.blank'), '', q.choices.blank.all, q.choices.blank.top, q.choices.blank.bottom]
						]
					: []
			)
		},
		{
			name: t('stats.sheetTopics'),
			headings: [t('stats.topic'), t('stats.topicQuestions'), t('stats.topicFacility')],
			rows: stats.weakestTopics.map((topic) => [topic.topic ?? t('stats.noTopic'), topic.questions, figure(topic.facility)])
		}
	]);
}
