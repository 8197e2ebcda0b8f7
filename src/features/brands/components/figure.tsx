import { Text, View } from '@tarojs/components';
import type { Figure, ResultFigure } from '@contracts/brands';
import { figureSource, figureValue } from '../format';
import './figure.scss';

/** A number with what it counts; a live one says so and on what it is based ("实时 · 依据…"). */
export function FigureCard({ figure }: { figure: Figure | ResultFigure }) {
  const live = 'live' in figure && figure.live ? figure : null;
  return (
    <View className={`figure${live ? ' figure--live' : ''}`}>
      <View className='figure__value-row'>
        <Text className='figure__value'>{figureValue(figure.value)}</Text>
        {figure.unit ? <Text className='figure__unit'>{figure.unit}</Text> : null}
      </View>
      <Text className='figure__label'>{figure.label}</Text>
      {live ? (
        <Text className='figure__source figure__source--live'>实时 · 依据{live.basis}</Text>
      ) : figureSource(figure) ? (
        <Text className='figure__source'>{figureSource(figure)}</Text>
      ) : null}
    </View>
  );
}

/** Figures two to a row, one to a row in large type (they wrap). */
export function FigureGrid({ figures }: { figures: ReadonlyArray<Figure | ResultFigure> }) {
  if (figures.length === 0) return null;
  return (
    <View className='figure-grid'>
      {figures.map((f, i) => (
        <FigureCard key={`${f.label}-${i}`} figure={f} />
      ))}
    </View>
  );
}
